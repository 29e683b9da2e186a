// You are here: what mailing needs in the region SES sends from (context `mailRegion`), which need not
// be the deployment's: SES is not offered in ap-southeast-7. Only the configuration set lives here; the
// notifier in the stateless stack names it by its fixed name. The sending domain is verified in SES by
// its owner (DNS records for DKIM), outside this app (README, deploying).
import { Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { NotificationMail } from '../constructs/notifications';

export interface MailStackProps extends StackProps {
  stage: string;
}

export class MailStack extends Stack {
  readonly mail: NotificationMail;

  constructor(scope: Construct, id: string, props: MailStackProps) {
    super(scope, id, props);
    this.mail = new NotificationMail(this, 'NotificationMail', { stage: props.stage });
  }
}
