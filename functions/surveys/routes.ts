import type { RouteGroup } from '../route';
import { route } from '../route';
import * as getSurvey from './get-survey';
import * as issueTokens from './issue-tokens';
import * as listSurveys from './list-surveys';
import * as submitResponse from './submit-response';
import * as surveyResults from './survey-results';

export const surveysGroup: RouteGroup = {
  name: 'surveys',
  needs: { surveys: 'read-write', audit: 'append-read', agencies: 'read' },
  routes: [
    route('GET', '/api/surveys', listSurveys),
    route('GET', '/api/surveys/{surveyId}', getSurvey),
    route('POST', '/api/surveys/{surveyId}/responses', submitResponse),
    route('POST', '/api/surveys/{surveyId}/tokens', issueTokens),
    route('GET', '/api/surveys/{surveyId}/results', surveyResults),
  ],
};
