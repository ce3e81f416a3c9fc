"""The notes as one self-contained, accessible HTML file (Jinja2).

Real headings in order, lists, tables with captions and `<th scope>`, a `lang`
attribute, and the participation chart as a base64 PNG whose alt text states
the figures (the participation table beside it holds the same numbers).
"""

from __future__ import annotations

import base64

import jinja2

from bot.export.chart import participation_chart
from facilitation import words as t
from facilitation.minutes import Minutes

TEMPLATE = """\
<!DOCTYPE html>
<html lang="{{ t.LANG }}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{{ t.notes_title(m.title) }}</title>
<style>
body { font-family: system-ui, sans-serif; line-height: 1.5; max-width: 50rem;
       margin: 0 auto; padding: 1rem; color: #1a1a1a; background: #fff; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; }
caption { text-align: left; font-weight: bold; padding-bottom: 0.25rem; }
th, td { border: 1px solid #767676; padding: 0.3rem 0.6rem; text-align: left;
         vertical-align: top; }
td.number { text-align: right; }
dt { font-weight: bold; }
dd { margin: 0 0 0.5rem 0; }
img { max-width: 100%; height: auto; }
</style>
</head>
<body>
<main>
<h1>{{ t.notes_title(m.title) }}</h1>
<dl>
{%- if m.ladder %}
<dt>{{ t.LADDER }}</dt><dd>{{ t.ladder_sentence(m.ladder) }}</dd>
{%- endif %}
<dt>{{ t.WHEN }}</dt><dd>{{ t.when(m.started_at, m.ended_at, m.options.tz) }}</dd>
{%- if m.series %}
<dt>{{ t.SERIES }}</dt><dd>{{ m.series }}</dd>
{%- endif %}
{%- if m.facilitators %}
<dt>{{ t.FACILITATORS }}</dt><dd>{{ m.facilitators | join(", ") }}</dd>
{%- endif %}
<dt>{{ t.PEOPLE }}</dt><dd>{{ t.people_count(m.attendance, m.facilitators | length) }}</dd>
{%- if m.scope %}
<dt>{{ t.SCOPE }}</dt><dd>{{ m.scope }}</dd>
{%- endif %}
{%- if m.cannot_change %}
<dt>{{ t.CANNOT_CHANGE }}</dt><dd>{{ m.cannot_change }}</dd>
{%- endif %}
<dt>{{ t.NAMES }}</dt><dd>{{ t.names_note(m.names_shown, m.series) }}</dd>
{%- if m.concerns_raised %}
<dt>{{ t.CONCERNS }}</dt><dd>{{ t.concerns(m.concerns_raised) }}</dd>
{%- endif %}
</dl>

{%- if m.you_said %}
<section aria-labelledby="you-said">
<h2 id="you-said">{{ t.YOU_SAID }}</h2>
<p>{{ t.you_said_intro(m.series) }}</p>
<table>
<caption>{{ t.YOU_SAID_CAPTION }}</caption>
<thead><tr><th scope="col">{{ t.NUMBER }}</th><th scope="col">{{ t.OWNER }}</th>\
<th scope="col">{{ t.ACTION }}</th><th scope="col">{{ t.NOTED_ON }}</th>\
<th scope="col">{{ t.WHAT_HAPPENED }}</th></tr></thead>
<tbody>
{%- for a in m.you_said %}
<tr><td class="number">{{ a.number }}</td><th scope="row">{{ a.owner }}</th>\
<td>{{ t.with_due(a.text, a.due) }}</td><td>{{ t.said_in(a.said_on, a.workshop) }}</td>\
<td>{{ t.action_progress(a.progress, a.status) }}</td></tr>
{%- endfor %}
</tbody>
</table>
</section>
{%- endif %}

<section aria-labelledby="agenda">
<h2 id="agenda">{{ t.AGENDA }}</h2>
{%- if m.agenda %}
<ol>
{%- for item in m.agenda %}
<li>{{ item }}</li>
{%- endfor %}
</ol>
{%- else %}
<p>{{ t.NO_AGENDA }}</p>
{%- endif %}
{%- if m.agenda_times %}
<table>
<caption>{{ t.AGENDA_TIMES }}</caption>
<thead><tr><th scope="col">{{ t.ITEM }}</th><th scope="col">{{ t.PLANNED }}</th>\
<th scope="col">{{ t.ACTUAL }}</th></tr></thead>
<tbody>
{%- for a in m.agenda_times %}
<tr><th scope="row">{{ a.number }}. {{ a.item }}</th>\
<td class="number">{{ t.agenda_minutes_cell(a.planned_minutes) }}</td>\
<td class="number">{{ t.agenda_minutes_cell(a.actual_minutes) }}</td></tr>
{%- endfor %}
</tbody>
</table>
{%- endif %}
</section>

{%- if m.materials %}
<section aria-labelledby="materials">
<h2 id="materials">{{ t.MATERIALS }}</h2>
<ul>
{%- for title, link in m.materials %}
<li><a href="{{ link }}">{{ title }}</a></li>
{%- endfor %}
</ul>
</section>
{%- endif %}
{%- for poll in m.polls %}
<section aria-labelledby="poll-{{ poll.number }}">
<h2 id="poll-{{ poll.number }}">{{ t.poll_heading(poll.number, poll.question) }}</h2>
<p>{{ t.poll_voters(poll.voters, poll.closed) }}</p>
<table>
<caption>{{ t.poll_heading(poll.number, poll.question) }}</caption>
<thead><tr><th scope="col">{{ t.OPTION }}</th><th scope="col">{{ t.VOTES }}</th></tr></thead>
<tbody>
{%- for i in range(poll.options | length) %}
<tr><th scope="row">{{ poll.options[i] }}</th><td class="number">{{ poll.counts[i] }}</td></tr>
{%- endfor %}
</tbody>
</table>
</section>
{%- endfor %}

<section aria-labelledby="notes">
<h2 id="notes">{{ t.NOTES_BY_TOPIC }}</h2>
{%- for topic in m.topics %}
<h3>{{ topic.title or t.BEFORE_FIRST_TOPIC }}</h3>
{%- if topic.notes %}
<ul>
{%- for note in topic.notes %}
<li><strong>{{ t.NOTE_LABELS.get(note.kind, note.kind) }}:</strong> {{ note.text }}</li>
{%- endfor %}
</ul>
{%- else %}
<p>{{ t.NO_NOTES }}</p>
{%- endif %}
{%- else %}
<p>{{ t.NO_NOTES }}</p>
{%- endfor %}
</section>

<section aria-labelledby="actions">
<h2 id="actions">{{ t.ACTIONS }}</h2>
{%- if m.actions %}
<table>
<caption>{{ t.ACTIONS_CAPTION }}</caption>
<thead><tr><th scope="col">{{ t.OWNER }}</th><th scope="col">{{ t.ACTION }}</th>\
<th scope="col">{{ t.DUE }}</th><th scope="col">{{ t.STATUS }}</th></tr></thead>
<tbody>
{%- for owner in m.actions %}
{%- for action in owner.actions %}
<tr><th scope="row">{{ owner.owner }}</th><td>{{ action.text }}</td>\
<td>{{ t.due(action.due) }}</td><td>{{ t.action_status(action.status, action.progress) }}</td></tr>
{%- endfor %}
{%- endfor %}
</tbody>
</table>
{%- else %}
<p>{{ t.NO_ACTIONS }}</p>
{%- endif %}
</section>

<section aria-labelledby="reports">
<h2 id="reports">{{ t.GROUP_REPORTS }}</h2>
{%- for number in breakouts %}
<h3>{{ t.breakout_heading(number) }}</h3>
<ul>
{%- for report in m.reports if report.breakout == number %}
<li><strong>{{ t.group(report.room, report.members) }}:</strong> {{ report.text }}</li>
{%- endfor %}
</ul>
{%- else %}
<p>{{ t.NO_REPORTS }}</p>
{%- endfor %}
</section>

<section aria-labelledby="parking">
<h2 id="parking">{{ t.PARKING }}</h2>
{%- if m.parking %}
<ul>
{%- for item in m.parking %}
<li>{{ t.parked(item.text, item.owner) }}</li>
{%- endfor %}
</ul>
{%- else %}
<p>{{ t.NO_PARKING }}</p>
{%- endif %}
</section>

<section aria-labelledby="participation">
<h2 id="participation">{{ t.PARTICIPATION }}</h2>
{%- if m.participation %}
<table>
<caption>{{ t.PARTICIPATION_CAPTION }}</caption>
<thead><tr><th scope="col">{{ t.PERSON }}</th><th scope="col">{{ t.ROLE }}</th>\
<th scope="col">{{ t.TURNS }}</th><th scope="col">{{ t.FLOOR_TIME }}</th>\
<th scope="col">{{ t.MESSAGES }}</th></tr></thead>
<tbody>
{%- for p in m.participation %}
<tr><th scope="row">{{ p.name }}</th><td>{{ t.ROLES[p.role] }}</td>\
<td class="number">{{ p.turns }}</td>\
<td class="number">{{ t.short_duration(p.floor_seconds) }}</td>\
<td class="number">{{ p.messages }}</td></tr>
{%- endfor %}
</tbody>
</table>
<p>{{ t.evenness(m.evenness) }}</p>
{%- if chart %}
<figure>
<img src="data:image/png;base64,{{ chart_data }}" alt="{{ chart.alt }}">
<figcaption>{{ t.CHART_TITLE }}</figcaption>
</figure>
{%- endif %}
{%- else %}
<p>{{ t.NOBODY }}</p>
{%- endif %}
</section>
{%- if m.transcript_included %}

<section aria-labelledby="transcript">
<h2 id="transcript">{{ t.TRANSCRIPT }}</h2>
{%- if m.transcript %}
<table>
<caption>{{ t.TRANSCRIPT_CAPTION }}</caption>
<thead><tr><th scope="col">{{ t.TIME }}</th><th scope="col">{{ t.PERSON }}</th>\
<th scope="col">{{ t.WORDS }}</th></tr></thead>
<tbody>
{%- for line in m.transcript %}
<tr><td>{{ t.time_of_day(line.at, m.options.tz) }}</td><th scope="row">{{ line.speaker }}</th>\
<td>{{ line.text }}</td></tr>
{%- endfor %}
</tbody>
</table>
{%- else %}
<p>{{ t.NO_TRANSCRIPT }}</p>
{%- endif %}
{%- if m.messages_not_recorded %}
<p>{{ t.not_shown(m.messages_not_recorded) }}</p>
{%- endif %}
</section>
{%- endif %}
</main>
</body>
</html>
"""

_ENV = jinja2.Environment(
    autoescape=True, undefined=jinja2.StrictUndefined, keep_trailing_newline=True
)
_TEMPLATE = _ENV.from_string(TEMPLATE)


def render_html(m: Minutes) -> bytes:
    chart = participation_chart(m)
    html = _TEMPLATE.render(
        m=m,
        t=t,
        breakouts=list(dict.fromkeys(r.breakout for r in m.reports)),
        chart=chart,
        chart_data=base64.b64encode(chart.png).decode("ascii") if chart else "",
    )
    return html.encode("utf-8")
