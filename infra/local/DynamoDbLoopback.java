// You are here: the launcher of DynamoDB Local for the local stack. DynamoDB Local has no option for
// the address it listens on and binds every interface, which would open the local database (the
// sealed identities, the complaints) to the whole network. This starts the same server from the same
// command-line arguments with its one HTTP connector bound to 127.0.0.1, and without telemetry.
// Run by infra/local/dynamodb-local.ts as a single-file program (`java … DynamoDbLoopback.java`).
import java.lang.reflect.Field;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import software.amazon.dynamodb.services.local.main.ServerRunner;
import software.amazon.dynamodb.services.local.server.DynamoDBProxyServer;

public class DynamoDbLoopback {
  public static void main(String[] args) throws Exception {
    DynamoDBProxyServer proxy = ServerRunner.createServerFromCommandLineArgs(args);
    // The Jetty server is built inside DynamoDBProxyServer with `new Server(port)`; its connector is
    // not started yet, so its host can still be set.
    Field field = DynamoDBProxyServer.class.getDeclaredField("server");
    field.setAccessible(true);
    Server server = (Server) field.get(proxy);
    Connector[] connectors = server.getConnectors();
    if (connectors.length == 0) throw new IllegalStateException("DynamoDB Local has no connector to bind");
    for (Connector connector : connectors) ((ServerConnector) connector).setHost("127.0.0.1");
    proxy.start();
    System.out.println("DynamoDB Local listening on the loopback interface only");
  }
}
