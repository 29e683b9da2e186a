// You are here: the list of open surveys (surveys.html): what each is and who it is for. Staff
// surveys are listed too, saying that they need the one-time token handed out by an administrator.
import { WORDS } from './words';
import { listSurveys, type SurveySummary } from './api';
import { byId, element, showProblem } from './form-ui';
import { SURVEY_AUDIENCE_LABELS, SURVEY_KIND_LABELS } from './survey-labels';
import { fillSurveyText } from './survey-text';

void start();

async function start() {
  const outcome = await listSurveys();
  byId('surveys-loading').hidden = true;
  if (outcome.kind !== 'ok') {
    return showProblem(byId('surveys-problem'), WORDS.surveys.unreachable);
  }
  // The public's surveys first: most people who come here are not staff.
  // A reporter survey is answered from the tracking page of a concluded case, not from this list.
  const surveys = outcome.data.surveys.filter((survey) => survey.audience !== 'reporter').sort((a, b) => Number(a.audience === 'staff') - Number(b.audience === 'staff'));
  const list = byId('survey-list');
  list.replaceChildren(...surveys.map(surveyCard));
  list.hidden = surveys.length === 0;
  byId('surveys-empty').hidden = surveys.length > 0;
}

function surveyCard(survey: SurveySummary): HTMLLIElement {
  const item = element('li', `card card--${survey.audience}`);
  const heading = element('h2', 'card__title');
  const link = element('a');
  // In the page's language when the instrument has its title in it; else as written, marked Thai.
  fillSurveyText(link, survey.title, survey.translations, 'title');
  link.href = `survey.html?id=${encodeURIComponent(survey.id)}`;
  heading.append(link);
  const tags = element('p', 'card__tags');
  tags.append(element('span', 'tag', SURVEY_KIND_LABELS[survey.kind]), element('span', `tag tag--${survey.audience}`, WORDS.surveys.audienceTags[survey.audience]));
  item.append(heading, tags, element('p', 'card__text', SURVEY_AUDIENCE_LABELS[survey.audience]));
  return item;
}
