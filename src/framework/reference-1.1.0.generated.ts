// Generated from framework-data/effective-cancer-alliance-1.1.0.yaml by .ci/generate-framework.ts. Do not edit: run `npm run generate`.
import type { FrameworkInput } from './schema.js';

export const referenceFramework110Data = {
  "id": "effective-cancer-alliance",
  "version": "1.1.0",
  "title": "What makes an effective Cancer Alliance? (reference framework)",
  "description": "A reference self-assessment framework for England's NHS Cancer Alliances, in thirteen themes. Themes 1 to 8 cover how the alliance works: planning, leadership, partnerships, clinical leadership, funding, data, its own team and learning. Themes 9 to 13 cover the areas of care the alliance leads for its population: earlier diagnosis, faster diagnosis and treatment, health inequalities, personalised care and patient experience, and the cancer workforce. Each theme sets out what good looks like, five Conditions of Success (behaviours an alliance shows) and five Enabling Factors (the features that make those behaviours possible). Every item asks one thing that the alliance itself does or has. Alliances rate each item on a five-level maturity scale to find their strengths and priority development needs.",
  "provenance": {
    "author": "cancer-alliance-framework contributors",
    "status": "reference",
    "statement": "The official NHS England / Transformation Unit wording of the eight themes of \"What makes an effective Cancer Alliance?\", their statements and the survey scale is not public. This is an independent reference text, written from public sources (and the 2019 NHS Cancer Programme roles paper listed below) to the structure the Transformation Unit case study describes: themes, each with a statement of what good looks like, Conditions of Success (the what) and Enabling Factors (the how). The case study's framework has eight themes; this one has thirteen. It is not the official framework: its theme names, items and scale are our own and must not be quoted as NHS England's. Changes in 1.1.0 (December 2026), after an outside review: every item now asks one question, about something the alliance itself does or has (no sign-off by others, no internal assurance rules); repeated items were merged (\"change course on the evidence\" is asked once, in T5.C5; the alliance plan in integrated care board plans once, in T1.C3); the national data service is named (CADEAS); five themes were added for the areas of care alliances lead today (T9 earlier diagnosis and screening, T10 faster diagnosis and treatment pathways, T11 health inequalities and Core20PLUS5, T12 personalised care and patient experience, T13 the cancer workforce), and five items on those areas moved into them from T3 and T6; dated targets were taken out of items; the five-level scale and default target are unchanged; supportedBy names the responsibility statement by which each role helps, and offers no sanction as help. mapping-1.0.0-to-1.1.0.yaml maps every 1.0.0 item to its successor, if any.",
    "sources": [
      {
        "title": "Co-production of a self-assessment framework for the Cancer Alliances Programme (Transformation Unit case study)",
        "url": "https://transformationunit.nhs.uk/case_study/co-production-self-assessment-framework-cancer-alliances-programme/",
        "note": "Describes the 2022-23 co-production with all 21 alliances: 8 themes, each with what good looks like, Conditions of Success (the what) and Enabling Factors (the how). Theme names and items are not given."
      },
      {
        "title": "Cancer Alliances – improving care locally (NHS England)",
        "url": "https://www.england.nhs.uk/cancer/cancer-alliances-improving-care-locally",
        "note": "Version after the National Cancer Plan (February 2026). Alliances lead whole-system planning and delivery of cancer care for their ICSs and give clinical leadership and advice on commissioning. Priorities: cancer pathways, waiting times and operational performance; earlier diagnosis, including lung cancer screening; patient experience, quality of life and personalised care; reducing health inequalities. The basis of themes 9 to 12 and of T3.C8."
      },
      {
        "title": "The National Cancer Plan for England: delivering world class cancer care (written ministerial statement, 4 February 2026)",
        "url": "https://www.parallelparliament.co.uk/mp/ashley-dalton/debate/2026-02-04/commons/written-statements/national-cancer-plan",
        "note": "The plan now named in T1. Ambitions by March 2029 for the Faster Diagnosis Standard, 62-day and 31-day standards; five-year survival ambition for 2035. Kept out of item wording so that items do not date."
      },
      {
        "title": "The National Cancer Plan for England (PDF)",
        "url": "https://assets.publishing.service.gov.uk/media/698315a35a7e802e96d343a4/national-cancer-plan-for-england-delivering-world-class-cancer-care.pdf"
      },
      {
        "title": "North East and Yorkshire region marks launch of National Cancer Plan (NHS England, 4 February 2026)",
        "url": "https://www.england.nhs.uk/north-east-yorkshire/2026/02/04/north-east-and-yorkshire-region-marks-launch-of-national-cancer-plan",
        "note": "Lung cancer screening to be rolled out nationally by 2030 (T9.C4, T9.E4)."
      },
      {
        "title": "Written ministerial statement, 26 January 2026",
        "url": "https://parallelparliament.co.uk/debate/2026-01-26/commons/written-statements",
        "note": "Cancer alliances receive funding to improve early diagnosis and to reduce the gap in screening uptake between the most and least deprived areas (T9.C3, T11)."
      },
      {
        "title": "New fund to tackle cancer screening inequalities and save lives (GOV.UK, 29 January 2026)",
        "url": "https://www.gov.uk/government/news/new-fund-to-tackle-cancer-screening-inequalities-and-save-lives",
        "note": "The three-year Neighbourhood Early Diagnosis Fund."
      },
      {
        "title": "Core20PLUS5: evidence for the five clinical priorities (NHS England)",
        "url": "https://www.england.nhs.uk/about/equality/equality-hub/national-healthcare-inequalities-improvement-programme/core20plus5/evidence-for-the-five-clinical-priorities/",
        "note": "Early cancer diagnosis is one of the five clinical areas. The definition of Core20PLUS5 in T11."
      },
      {
        "title": "Core20PLUS5 (Royal College of Physicians)",
        "url": "https://medicalcare.rcp.ac.uk/content-items/reading/core20-plus-5/",
        "note": "Core20: the most deprived 20% of the national population by the Index of Multiple Deprivation."
      },
      {
        "title": "Cancer Alliance Data, Evaluation and Analysis Service (CADEAS), National Cancer Intelligence Network",
        "url": "http://ncin.org/local_cancer_intelligence/cadeas",
        "note": "The national data service for alliances named in T6.E2. Founded 2017/18 as the Cancer Alliance Data, Evidence and Analysis Service; renamed Data, Evaluation and Analysis Service by 2021/22. No current (2024-26) NHS England page was found: check the name before release."
      },
      {
        "title": "The Peninsula Cancer Alliance has moved organisations",
        "url": "https://peninsulacanceralliance.nhs.uk/the-peninsula-cancer-alliance-has-moved-organisations/",
        "note": "From April 2024 all alliances are hosted by local NHS bodies, and regions assure cancer services (T2.E3, T7.E4)."
      },
      {
        "title": "History and role of the Cancer Alliance (North East London Cancer Alliance)",
        "url": "https://www.nelcanceralliance.nhs.uk/history-and-role-cancer-alliance",
        "note": "Common requirements: every alliance has a Chief Medical Officer, Board Chair and Managing Director; funding comes from NHS England; alliances answer annual planning guidance with yearly work plans."
      },
      {
        "title": "Modernising cancer waiting times standards (North East London Cancer Alliance)",
        "url": "https://www.nelcanceralliance.nhs.uk/modernising-cancer-waiting-times-standards-information-healthcare-professionals",
        "note": "From 1 October 2023 three standards: the 28-day Faster Diagnosis Standard, 31-day and 62-day (T10)."
      },
      {
        "title": "Cancer access standards (NHS England clinically-led review of NHS access standards)",
        "url": "https://www.england.nhs.uk/clinically-led-review-nhs-access-standards/cancer/",
        "note": "The three cancer waiting-time standards from 1 October 2023."
      },
      {
        "title": "NHS Long Term Plan ambitions for cancer (NHS England)",
        "url": "https://www.england.nhs.uk/cancer/strategy/",
        "note": "The early diagnosis ambition (three-quarters of cancers at stage 1 or 2 by 2028) that 1.0.0 wrote into T6.C2; now in T9's what good looks like, not in an item."
      },
      {
        "title": "NHS IMPACT self-assessment (NHS England)",
        "url": "https://www.england.nhs.uk/nhsimpact/self-assessment/",
        "note": "The nearest public NHS maturity self-assessment, used as a model for the developmental, self-reflective style and the what-good-looks-like statements; no wording is taken from it."
      },
      {
        "title": "National Cancer Patient Experience Survey: how to use the dashboard (Picker, for NHS England)",
        "url": "https://nhssurveys.co.uk/cpes/how-to-use/",
        "note": "Not in the issue-14 research file; found in the stored page corpus on 2026-12-04. Results are published at Cancer Alliance level (T12.C2, T12.E2)."
      },
      {
        "title": "Personalised cancer care (North Central London Cancer Alliance)",
        "url": "https://www.nclcanceralliance.nhs.uk/our-work/personalised-cancer-care/",
        "note": "Not in the issue-14 research file; found on 2026-12-04. An alliance programme covering needs assessment, care plans, personalised stratified follow-up, rehabilitation and psychological support (T12)."
      },
      {
        "title": "Cancer CNS Development Programme (West Yorkshire and Harrogate Cancer Alliance)",
        "url": "https://canceralliance.wyhpartnership.co.uk/our-work/workforce/cancer-cns-development-programme",
        "note": "Not in the issue-14 research file; found on 2026-12-04. Four alliances grew the clinical nurse specialist workforce together (T13)."
      },
      {
        "title": "Workforce (Northern Cancer Alliance)",
        "url": "https://northerncanceralliance.nhs.uk/pathway/workforce/",
        "note": "Not in the issue-14 research file; found on 2026-12-04. Cancer workforce in the alliance work plan; a virtual cancer academy for staff in primary, community and secondary care (T13)."
      },
      {
        "title": "Roles & Responsibilities, NHS Cancer Programme (October 2019)",
        "note": "internal paper; not published online. The responsibility statements that supportedBy names (programme-2019.yaml)."
      }
    ],
    "licence": "MIT"
  },
  "idPatterns": {
    "theme": "^T[0-9]+$",
    "conditionOfSuccess": "^{theme}\\.C[0-9]+$",
    "enablingFactor": "^{theme}\\.E[0-9]+$"
  },
  "scales": [
    {
      "id": "maturity-5",
      "title": "Five-level maturity scale",
      "levels": [
        {
          "value": 1,
          "label": "Not started",
          "descriptor": "This is not in place and work on it has not begun."
        },
        {
          "value": 2,
          "label": "Emerging",
          "descriptor": "Work on this has begun, but it is early, patchy or depends on a few individuals."
        },
        {
          "value": 3,
          "label": "Developing",
          "descriptor": "This is in place in parts of the alliance or some of the time, but not yet consistently."
        },
        {
          "value": 4,
          "label": "Maturing",
          "descriptor": "This is established and consistent across the alliance, with evidence that it makes a difference."
        },
        {
          "value": 5,
          "label": "Thriving",
          "descriptor": "This is embedded and routinely reviewed and improved, and other alliances could learn from how we do it."
        }
      ],
      "dontKnow": {
        "label": "Don't know",
        "descriptor": "I do not know enough about this to rate it."
      },
      "notApplicable": {
        "label": "Not applicable",
        "descriptor": "This does not apply to our alliance, for example because of how it is set up or hosted."
      }
    }
  ],
  "defaultScale": "maturity-5",
  "defaultTarget": 4,
  "themes": [
    {
      "id": "T1",
      "title": "Shared vision, strategy and planning",
      "whatGoodLooksLike": "The alliance and its partners share a clear vision for cancer care across their whole population, grounded in the National Cancer Plan for England and in local need. Its strategy and yearly work plan set out what it will deliver, by when and with whom. Integrated care boards build the alliance's plan into their own plans, and the alliance checks its progress during the year.",
      "conditionsOfSuccess": [
        {
          "id": "T1.C1",
          "text": "The alliance agrees a shared vision for cancer care with its partners, covering its whole population.",
          "weight": 1
        },
        {
          "id": "T1.C2",
          "text": "The alliance turns each national cancer priority into local actions in its yearly work plan.",
          "weight": 1
        },
        {
          "id": "T1.C3",
          "text": "The alliance agrees with each integrated care board how that board's plans will deliver the alliance plan.",
          "weight": 1
        },
        {
          "id": "T1.C4",
          "text": "The alliance sets its priorities using evidence of local need, including unequal outcomes between communities.",
          "weight": 1
        },
        {
          "id": "T1.C5",
          "text": "The alliance reviews progress against its work plan at set points during the year.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T1.E1",
          "text": "A written cancer strategy for the whole alliance population that looks several years ahead.",
          "weight": 1,
          "enables": [
            "T1.C1"
          ]
        },
        {
          "id": "T1.E2",
          "text": "A yearly planning timetable that gives partners set points to shape the alliance work plan.",
          "weight": 1,
          "enables": [
            "T1.C2",
            "T1.C3"
          ]
        },
        {
          "id": "T1.E3",
          "text": "A population needs assessment for cancer that covers each part of the alliance area.",
          "weight": 1,
          "enables": [
            "T1.C4"
          ]
        },
        {
          "id": "T1.E5",
          "text": "A named planning contact in each integrated care board who links its plans with the alliance plan.",
          "weight": 1,
          "enables": [
            "T1.C3"
          ]
        },
        {
          "id": "T1.E6",
          "text": "Milestones for every priority in the work plan, set at the start of the year.",
          "weight": 1,
          "enables": [
            "T1.C2",
            "T1.C5"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "regional-team",
          "responsibility": "RT2"
        },
        {
          "role": "national-team",
          "responsibility": "NT1"
        },
        {
          "role": "stp-ics",
          "responsibility": "STP1"
        }
      ]
    },
    {
      "id": "T2",
      "title": "Leadership, governance and accountability",
      "whatGoodLooksLike": "The alliance has a stable, visible leadership team of Board Chair, Managing Director and Chief Medical Officer (some alliances call this role Clinical Director), and a board whose members hold each other to account for delivery. Decisions, responsibilities and lines of accountability to the host organisation, the NHS England region and the national cancer programme are clear to everyone involved, and risks are raised early.",
      "conditionsOfSuccess": [
        {
          "id": "T2.C1",
          "text": "The Board Chair, Managing Director and Chief Medical Officer work as one leadership team.",
          "weight": 1
        },
        {
          "id": "T2.C2",
          "text": "Board members take decisions at alliance board meetings on behalf of their own organisations.",
          "weight": 1
        },
        {
          "id": "T2.C3",
          "text": "The alliance names one accountable lead for each priority in its work plan.",
          "weight": 1
        },
        {
          "id": "T2.C4",
          "text": "The alliance board openly challenges underperformance against the work plan.",
          "weight": 1
        },
        {
          "id": "T2.C5",
          "text": "The alliance tells its regional team about delivery risks early, including bad news.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T2.E1",
          "text": "Terms of reference for the alliance board that set out which decisions it can take.",
          "weight": 1,
          "enables": [
            "T2.C2",
            "T2.C3"
          ]
        },
        {
          "id": "T2.E2",
          "text": "Written yearly objectives for the Board Chair, Managing Director and Chief Medical Officer.",
          "weight": 1,
          "enables": [
            "T2.C1",
            "T2.C3"
          ]
        },
        {
          "id": "T2.E3",
          "text": "A hosting agreement that sets out what the host organisation provides to the alliance.",
          "weight": 1,
          "enables": [
            "T2.C1"
          ]
        },
        {
          "id": "T2.E4",
          "text": "A board report that highlights every work plan priority that is falling behind.",
          "weight": 1,
          "enables": [
            "T2.C4"
          ]
        },
        {
          "id": "T2.E6",
          "text": "A risk register for the work plan that the alliance board reviews at every meeting.",
          "weight": 1,
          "enables": [
            "T2.C4",
            "T2.C5"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "national-team",
          "responsibility": "NT2"
        },
        {
          "role": "regional-team",
          "responsibility": "RT4"
        },
        {
          "role": "cancer-alliance",
          "responsibility": "CA4"
        }
      ]
    },
    {
      "id": "T3",
      "title": "System partnerships and relationships",
      "whatGoodLooksLike": "The alliance is recognised as the cancer arm of its integrated care systems and is trusted by integrated care boards, providers, primary care, local authorities, the voluntary sector and people affected by cancer. It advises integrated care boards on commissioning cancer services. Partners work together across organisational boundaries to improve whole pathways, and settle differences through open and honest relationships.",
      "conditionsOfSuccess": [
        {
          "id": "T3.C4",
          "text": "The alliance involves people affected by cancer in setting its priorities.",
          "weight": 1
        },
        {
          "id": "T3.C5",
          "text": "The alliance brings partners together to settle disagreements early.",
          "weight": 1
        },
        {
          "id": "T3.C6",
          "text": "The alliance works with voluntary sector organisations as partners in its programmes.",
          "weight": 1
        },
        {
          "id": "T3.C7",
          "text": "The alliance works with local authorities on cancer, for example through their public health teams.",
          "weight": 1
        },
        {
          "id": "T3.C8",
          "text": "The alliance advises each integrated care board on commissioning cancer services.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T3.E1",
          "text": "An engagement plan that covers every partner organisation in the alliance area.",
          "weight": 1,
          "enables": [
            "T3.C6",
            "T3.C7"
          ]
        },
        {
          "id": "T3.E2",
          "text": "A written agreement with each integrated care board that sets out shared commitments on cancer.",
          "weight": 1,
          "enables": [
            "T3.C8"
          ]
        },
        {
          "id": "T3.E4",
          "text": "A supported involvement group of people affected by cancer that reports to the alliance board.",
          "weight": 1,
          "enables": [
            "T3.C4"
          ]
        },
        {
          "id": "T3.E5",
          "text": "A named alliance lead for each integrated care board who looks after relationships with local partners.",
          "weight": 1,
          "enables": [
            "T3.C5",
            "T3.C7",
            "T3.C8"
          ]
        },
        {
          "id": "T3.E6",
          "text": "An agreed route for partners to raise disagreements with alliance leaders early.",
          "weight": 1,
          "enables": [
            "T3.C5"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "stp-ics",
          "responsibility": "STP1"
        },
        {
          "role": "commissioner",
          "responsibility": "STP1"
        },
        {
          "role": "provider",
          "responsibility": "STP1"
        }
      ]
    },
    {
      "id": "T4",
      "title": "Clinical leadership and engagement",
      "whatGoodLooksLike": "Clinicians lead the alliance's work, setting the direction for pathways and driving the rapid adoption of new approaches across every provider. Doctors, nurses, allied health professionals and GPs from every provider take part. A strong clinical network, led by the Chief Medical Officer (in some alliances, the Clinical Director), means patients get a consistently high standard of care wherever they are treated.",
      "conditionsOfSuccess": [
        {
          "id": "T4.C1",
          "text": "The alliance draws clinical leads for its pathway work from every provider.",
          "weight": 1
        },
        {
          "id": "T4.C3",
          "text": "The alliance's clinical expert groups agree one shared pathway for each main cancer type.",
          "weight": 1
        },
        {
          "id": "T4.C4",
          "text": "Alliance clinical leaders support each provider to adopt new clinical approaches quickly.",
          "weight": 1
        },
        {
          "id": "T4.C5",
          "text": "Alliance clinical leaders advise the alliance board on where to invest transformation funding.",
          "weight": 1
        },
        {
          "id": "T4.C6",
          "text": "The alliance board seeks the Chief Medical Officer's advice before every major decision.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T4.E1",
          "text": "A clinical expert group for each main cancer type, each with a named clinical chair.",
          "weight": 1,
          "enables": [
            "T4.C1",
            "T4.C3"
          ]
        },
        {
          "id": "T4.E2",
          "text": "Funded time in job plans for the alliance's clinical leaders.",
          "weight": 1,
          "enables": [
            "T4.C1",
            "T4.C4"
          ]
        },
        {
          "id": "T4.E3",
          "text": "A clinical advisory forum, chaired by the Chief Medical Officer, that reviews proposals before they reach the alliance board.",
          "weight": 1,
          "enables": [
            "T4.C5",
            "T4.C6"
          ]
        },
        {
          "id": "T4.E4",
          "text": "An agreed process for keeping alliance-wide clinical pathways up to date.",
          "weight": 1,
          "enables": [
            "T4.C3"
          ]
        },
        {
          "id": "T4.E5",
          "text": "A named clinical link in each provider who helps put agreed pathway changes into practice.",
          "weight": 1,
          "enables": [
            "T4.C4"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "national-team",
          "responsibility": "NT3"
        },
        {
          "role": "provider",
          "responsibility": "STP1"
        },
        {
          "role": "cancer-alliance",
          "responsibility": "CA4"
        }
      ]
    },
    {
      "id": "T5",
      "title": "Transformation funding and programme delivery",
      "whatGoodLooksLike": "The alliance uses its transformation funding for the benefit of its whole population, adding to baseline investment rather than replacing it. Its programmes are well managed, deliver what was promised, and lead to lasting improvements that partners sustain. It stops funding work that is not delivering.",
      "conditionsOfSuccess": [
        {
          "id": "T5.C1",
          "text": "The alliance allocates transformation funding through a process that partners see as fair.",
          "weight": 1
        },
        {
          "id": "T5.C2",
          "text": "The alliance targets its funding where it will most improve outcomes for its population.",
          "weight": 1
        },
        {
          "id": "T5.C3",
          "text": "The alliance's funded projects deliver what their business cases promised.",
          "weight": 1
        },
        {
          "id": "T5.C4",
          "text": "The alliance agrees with commissioners, before a scheme starts, who will pay for it if it succeeds.",
          "weight": 1
        },
        {
          "id": "T5.C5",
          "text": "The alliance stops funding a project promptly when it is not delivering the expected benefits.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T5.E1",
          "text": "Published criteria for deciding which schemes the alliance funds.",
          "weight": 1,
          "enables": [
            "T5.C1",
            "T5.C2"
          ]
        },
        {
          "id": "T5.E2",
          "text": "Programme management support, such as a project office, for every funded project.",
          "weight": 1,
          "enables": [
            "T5.C3"
          ]
        },
        {
          "id": "T5.E3",
          "text": "A business case for each funded scheme that includes a plan for sustaining it.",
          "weight": 1,
          "enables": [
            "T5.C2",
            "T5.C4"
          ]
        },
        {
          "id": "T5.E4",
          "text": "Monthly tracking of spending against the alliance's transformation funding, reported to its board.",
          "weight": 1,
          "enables": [
            "T5.C3",
            "T5.C5"
          ]
        },
        {
          "id": "T5.E5",
          "text": "Stage reviews at set points in each project, with the power to stop it.",
          "weight": 1,
          "enables": [
            "T5.C5"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "national-team",
          "responsibility": "NT1"
        },
        {
          "role": "regional-team",
          "responsibility": "RT2"
        },
        {
          "role": "commissioner",
          "responsibility": "STP1"
        }
      ]
    },
    {
      "id": "T6",
      "title": "Data, evidence and insight",
      "whatGoodLooksLike": "The alliance uses timely, reliable data to understand its population, pathways and performance, and to target action where it will make most difference. Analysts and clinicians turn data into insight together, using the national Cancer Alliance Data, Evaluation and Analysis Service (CADEAS) alongside local data. Decisions are routinely based on evidence, including evaluation of what the alliance has funded.",
      "conditionsOfSuccess": [
        {
          "id": "T6.C1",
          "text": "The alliance board uses up-to-date cancer waiting times data to guide its decisions.",
          "weight": 1
        },
        {
          "id": "T6.C4",
          "text": "The alliance evaluates the impact of every project it funds.",
          "weight": 1
        },
        {
          "id": "T6.C6",
          "text": "Alliance analysts work with clinicians to interpret the data behind each priority.",
          "weight": 1
        },
        {
          "id": "T6.C7",
          "text": "The alliance shares its analysis with partners in a form they can use.",
          "weight": 1
        },
        {
          "id": "T6.C8",
          "text": "The alliance checks published research evidence before it funds a new approach.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T6.E1",
          "text": "Dedicated analysts for the alliance with the skills to interpret cancer data.",
          "weight": 1,
          "enables": [
            "T6.C1",
            "T6.C6",
            "T6.C7"
          ]
        },
        {
          "id": "T6.E2",
          "text": "Regular use of the Cancer Alliance Data, Evaluation and Analysis Service (CADEAS).",
          "weight": 1,
          "enables": [
            "T6.C1",
            "T6.C4",
            "T6.C8"
          ]
        },
        {
          "id": "T6.E3",
          "text": "Data-sharing agreements that cover all the data the alliance needs from partners.",
          "weight": 1,
          "enables": [
            "T6.C1",
            "T6.C6"
          ]
        },
        {
          "id": "T6.E4",
          "text": "An evaluation plan, with baseline measures, built into each funded project from the start.",
          "weight": 1,
          "enables": [
            "T6.C4"
          ]
        },
        {
          "id": "T6.E5",
          "text": "An alliance dashboard of key cancer measures that every partner can see.",
          "weight": 1,
          "enables": [
            "T6.C1",
            "T6.C7"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "national-team",
          "responsibility": "NT4"
        },
        {
          "role": "cancer-alliance",
          "responsibility": "CA4"
        }
      ]
    },
    {
      "id": "T7",
      "title": "Team capacity, capability and development",
      "whatGoodLooksLike": "The alliance has a core team of the right size, mix of skills and stability to deliver its plan, and it invests in developing its people. Team members feel valued and well supported by their host organisation, can speak up, and the alliance plans ahead so that its work continues when people move on.",
      "conditionsOfSuccess": [
        {
          "id": "T7.C1",
          "text": "The alliance core team has enough capacity to deliver the work plan without relying on unfunded extra hours.",
          "weight": 1
        },
        {
          "id": "T7.C2",
          "text": "The alliance core team has the mix of skills its work plan needs.",
          "weight": 1
        },
        {
          "id": "T7.C3",
          "text": "Team members take up learning that builds the skills their roles need.",
          "weight": 1
        },
        {
          "id": "T7.C5",
          "text": "Team members say they can speak up safely in the alliance team.",
          "weight": 1
        },
        {
          "id": "T7.C6",
          "text": "The alliance arranges cover for every key role so that work continues when people leave.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T7.E1",
          "text": "A core team structure that the alliance reviews against its work plan each year.",
          "weight": 1,
          "enables": [
            "T7.C1",
            "T7.C2"
          ]
        },
        {
          "id": "T7.E2",
          "text": "A yearly skills audit of the core team, with a plan to fill any gaps.",
          "weight": 1,
          "enables": [
            "T7.C2",
            "T7.C3"
          ]
        },
        {
          "id": "T7.E3",
          "text": "A personal development plan for every team member, reviewed at a yearly appraisal.",
          "weight": 1,
          "enables": [
            "T7.C3"
          ]
        },
        {
          "id": "T7.E4",
          "text": "Human resources support for the alliance team from its host organisation.",
          "weight": 1,
          "enables": [
            "T7.C1",
            "T7.C6"
          ]
        },
        {
          "id": "T7.E5",
          "text": "A team development programme that includes regular feedback from staff.",
          "weight": 1,
          "enables": [
            "T7.C5"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "regional-team",
          "responsibility": "RT4"
        },
        {
          "role": "national-team",
          "responsibility": "NT4"
        },
        {
          "role": "cancer-alliance",
          "responsibility": "CA4"
        }
      ]
    },
    {
      "id": "T8",
      "title": "Learning, improvement and sharing good practice",
      "whatGoodLooksLike": "The alliance learns continuously from its own work, from other alliances and from the evidence, and uses a consistent approach to improvement. It talks openly about what has not worked, shares what works generously, and gives and receives peer support as part of the NHS Cancer Programme.",
      "conditionsOfSuccess": [
        {
          "id": "T8.C1",
          "text": "The alliance shares what has worked for it with other alliances.",
          "weight": 1
        },
        {
          "id": "T8.C2",
          "text": "The alliance adopts proven practice from other alliances before designing its own.",
          "weight": 1
        },
        {
          "id": "T8.C3",
          "text": "Alliance staff take part in peer support with colleagues in other alliances.",
          "weight": 1
        },
        {
          "id": "T8.C4",
          "text": "The alliance uses one quality improvement method to test changes before scaling them up.",
          "weight": 1
        },
        {
          "id": "T8.C5",
          "text": "The alliance talks openly about work that has not succeeded.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T8.E1",
          "text": "Active use of the national information-sharing platform for cancer alliances.",
          "weight": 1,
          "enables": [
            "T8.C1",
            "T8.C2"
          ]
        },
        {
          "id": "T8.E3",
          "text": "Membership of a peer network for each key alliance role.",
          "weight": 1,
          "enables": [
            "T8.C3"
          ]
        },
        {
          "id": "T8.E4",
          "text": "Quality improvement training for alliance staff.",
          "weight": 1,
          "enables": [
            "T8.C4"
          ]
        },
        {
          "id": "T8.E5",
          "text": "A structured review at the end of each project that records the lessons learned.",
          "weight": 1,
          "enables": [
            "T8.C1",
            "T8.C5"
          ]
        },
        {
          "id": "T8.E6",
          "text": "Protected time for alliance staff to join learning events with other alliances.",
          "weight": 1,
          "enables": [
            "T8.C2",
            "T8.C3"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "national-team",
          "responsibility": "NT4"
        },
        {
          "role": "regional-team",
          "responsibility": "RT4"
        },
        {
          "role": "cancer-alliance",
          "responsibility": "CA4"
        }
      ]
    },
    {
      "id": "T9",
      "title": "Earlier diagnosis and screening",
      "whatGoodLooksLike": "More cancers are found early, at stage 1 or 2, when treatment is more likely to succeed. The alliance knows how early cancers are diagnosed in each part of its area. It works with primary care, screening services and local communities to raise screening uptake where it is lowest, to help people with symptoms come forward, and to roll out lung cancer screening, which the National Cancer Plan for England aims to make national by 2030.",
      "conditionsOfSuccess": [
        {
          "id": "T9.C1",
          "text": "The alliance tracks the share of cancers diagnosed at stage 1 or 2 in each part of its area.",
          "weight": 1
        },
        {
          "id": "T9.C2",
          "text": "The alliance involves primary care teams in its work on earlier diagnosis.",
          "weight": 1
        },
        {
          "id": "T9.C3",
          "text": "The alliance works with its partners to raise cancer screening uptake where it is lowest.",
          "weight": 1
        },
        {
          "id": "T9.C4",
          "text": "The alliance plans the local roll-out of lung cancer screening with its partners.",
          "weight": 1
        },
        {
          "id": "T9.C5",
          "text": "The alliance runs campaigns that encourage people with possible cancer symptoms to seek help early.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T9.E1",
          "text": "Stage at diagnosis data for each part of the alliance area, updated at least once a year.",
          "weight": 1,
          "enables": [
            "T9.C1"
          ]
        },
        {
          "id": "T9.E2",
          "text": "Screening uptake data for each GP practice in the alliance area.",
          "weight": 1,
          "enables": [
            "T9.C3"
          ]
        },
        {
          "id": "T9.E3",
          "text": "Funded cancer leads in primary care who support practices with earlier diagnosis.",
          "weight": 1,
          "enables": [
            "T9.C2"
          ]
        },
        {
          "id": "T9.E4",
          "text": "A lung cancer screening plan for the alliance area, with a named clinical lead.",
          "weight": 1,
          "enables": [
            "T9.C4"
          ]
        },
        {
          "id": "T9.E5",
          "text": "Trained community champions who encourage local people to take up screening.",
          "weight": 1,
          "enables": [
            "T9.C3",
            "T9.C5"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "national-team",
          "responsibility": "NT3"
        },
        {
          "role": "stp-ics",
          "responsibility": "STP1"
        },
        {
          "role": "cancer-alliance",
          "responsibility": "CA4"
        }
      ]
    },
    {
      "id": "T10",
      "title": "Faster diagnosis and treatment pathways",
      "whatGoodLooksLike": "People referred with suspected cancer find out quickly whether they have cancer, and start treatment on time. The alliance leads its partners in redesigning pathways to meet the three cancer waiting-time standards: the 28-day Faster Diagnosis Standard, the 31-day standard and the 62-day standard. It knows where delays happen, plans diagnostic capacity across providers, and helps providers share capacity when demand peaks.",
      "conditionsOfSuccess": [
        {
          "id": "T10.C1",
          "text": "The alliance coordinates mutual aid between providers, where one lends capacity to another, to protect waiting times.",
          "weight": 1
        },
        {
          "id": "T10.C2",
          "text": "The alliance redesigns diagnostic pathways so that more people learn within 28 days whether they have cancer.",
          "weight": 1
        },
        {
          "id": "T10.C3",
          "text": "The alliance finds the steps in each pathway where most delays happen.",
          "weight": 1
        },
        {
          "id": "T10.C4",
          "text": "The alliance plans diagnostic capacity across providers to meet expected demand.",
          "weight": 1
        },
        {
          "id": "T10.C5",
          "text": "The alliance works with GPs to improve the quality of urgent suspected cancer referrals.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T10.E1",
          "text": "A cross-provider operational group that manages cancer capacity across the alliance.",
          "weight": 1,
          "enables": [
            "T10.C1",
            "T10.C4"
          ]
        },
        {
          "id": "T10.E2",
          "text": "Local pathways for each main cancer type, based on the national best-practice timed pathways.",
          "weight": 1,
          "enables": [
            "T10.C2"
          ]
        },
        {
          "id": "T10.E3",
          "text": "Pathway data that shows the waiting time at each step, for each main cancer type.",
          "weight": 1,
          "enables": [
            "T10.C3"
          ]
        },
        {
          "id": "T10.E4",
          "text": "A capacity model for diagnostic tests that covers every provider in the alliance.",
          "weight": 1,
          "enables": [
            "T10.C4"
          ]
        },
        {
          "id": "T10.E5",
          "text": "Referral guidance for GPs, written with alliance clinical leads, for each main cancer type.",
          "weight": 1,
          "enables": [
            "T10.C5"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "provider",
          "responsibility": "STP1"
        },
        {
          "role": "national-team",
          "responsibility": "NT3"
        },
        {
          "role": "regional-team",
          "responsibility": "RT4"
        },
        {
          "role": "stp-ics",
          "responsibility": "STP1"
        }
      ]
    },
    {
      "id": "T11",
      "title": "Reducing inequalities in cancer",
      "whatGoodLooksLike": "The alliance knows which groups in its population have worse cancer outcomes or experience, and acts to close the gaps. It uses Core20PLUS5, NHS England's approach to reducing health inequalities: the most deprived 20% of the national population (Core20), plus groups each system chooses (PLUS), across five clinical areas, one of which is early cancer diagnosis. Communities with the worst outcomes help design the work, and the alliance checks whether its programmes reach them.",
      "conditionsOfSuccess": [
        {
          "id": "T11.C1",
          "text": "The alliance breaks down its cancer data by population group to find unequal outcomes.",
          "weight": 1
        },
        {
          "id": "T11.C2",
          "text": "The alliance uses Core20PLUS5 to decide which communities its work must reach first.",
          "weight": 1
        },
        {
          "id": "T11.C3",
          "text": "The alliance involves communities with the worst outcomes in designing its work.",
          "weight": 1
        },
        {
          "id": "T11.C4",
          "text": "The alliance assesses the effect on health inequalities of every service change it plans.",
          "weight": 1
        },
        {
          "id": "T11.C5",
          "text": "The alliance board tracks progress in closing the gaps in cancer outcomes it has found.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T11.E1",
          "text": "A named lead for health inequalities in the alliance team.",
          "weight": 1,
          "enables": [
            "T11.C2",
            "T11.C4"
          ]
        },
        {
          "id": "T11.E2",
          "text": "Cancer data broken down by deprivation for each neighbourhood in the alliance area.",
          "weight": 1,
          "enables": [
            "T11.C1",
            "T11.C5"
          ]
        },
        {
          "id": "T11.E3",
          "text": "A health inequalities impact assessment that every alliance project completes.",
          "weight": 1,
          "enables": [
            "T11.C4"
          ]
        },
        {
          "id": "T11.E4",
          "text": "Partnerships with community organisations that serve groups with the worst cancer outcomes.",
          "weight": 1,
          "enables": [
            "T11.C3"
          ]
        },
        {
          "id": "T11.E5",
          "text": "A share of transformation funding set aside for work on health inequalities.",
          "weight": 1,
          "enables": [
            "T11.C2",
            "T11.C3"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "stp-ics",
          "responsibility": "STP1"
        },
        {
          "role": "national-team",
          "responsibility": "NT3"
        },
        {
          "role": "cancer-alliance",
          "responsibility": "CA4"
        }
      ]
    },
    {
      "id": "T12",
      "title": "Personalised care and patient experience",
      "whatGoodLooksLike": "People affected by cancer get care that fits what matters to them, and their experience of care improves. The alliance helps providers offer personalised care: a needs assessment with a care and support plan, information and support, psychological support and follow-up that suits each person after treatment. It uses what people say about their care, including the National Cancer Patient Experience Survey, to choose what to improve, and designs changes with them.",
      "conditionsOfSuccess": [
        {
          "id": "T12.C1",
          "text": "The alliance helps every provider offer each person a needs assessment with a care plan.",
          "weight": 1
        },
        {
          "id": "T12.C2",
          "text": "The alliance uses National Cancer Patient Experience Survey results to choose what to improve.",
          "weight": 1
        },
        {
          "id": "T12.C3",
          "text": "The alliance helps providers move people after treatment to follow-up pathways that suit them.",
          "weight": 1
        },
        {
          "id": "T12.C4",
          "text": "The alliance works with partners so that people can get psychological support during cancer care.",
          "weight": 1
        },
        {
          "id": "T12.C5",
          "text": "The alliance designs service changes with people affected by cancer.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T12.E1",
          "text": "A personalised care lead in the alliance team who works with every provider.",
          "weight": 1,
          "enables": [
            "T12.C1",
            "T12.C3"
          ]
        },
        {
          "id": "T12.E2",
          "text": "Patient experience survey results for each provider, which the alliance reviews each year.",
          "weight": 1,
          "enables": [
            "T12.C2"
          ]
        },
        {
          "id": "T12.E3",
          "text": "Agreed protocols for personalised follow-up for each main cancer type.",
          "weight": 1,
          "enables": [
            "T12.C3"
          ]
        },
        {
          "id": "T12.E4",
          "text": "A directory of local support services for staff to share with patients.",
          "weight": 1,
          "enables": [
            "T12.C4"
          ]
        },
        {
          "id": "T12.E5",
          "text": "A budget to pay people affected by cancer for their time on service design.",
          "weight": 1,
          "enables": [
            "T12.C5"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "provider",
          "responsibility": "STP1"
        },
        {
          "role": "national-team",
          "responsibility": "NT3"
        },
        {
          "role": "cancer-alliance",
          "responsibility": "CA4"
        }
      ]
    },
    {
      "id": "T13",
      "title": "The cancer workforce",
      "whatGoodLooksLike": "The alliance works with providers, primary care and education partners so that its area has the cancer workforce it needs, now and in future. It knows where the gaps are, agrees a workforce plan with its providers, helps bring in new roles and gives staff across the pathway access to cancer education. Some alliances have worked together to grow the clinical nurse specialist workforce.",
      "conditionsOfSuccess": [
        {
          "id": "T13.C1",
          "text": "The alliance knows the main gaps in the cancer workforce across its providers.",
          "weight": 1
        },
        {
          "id": "T13.C2",
          "text": "The alliance agrees a cancer workforce plan with its providers.",
          "weight": 1
        },
        {
          "id": "T13.C3",
          "text": "The alliance supports providers to bring in new roles, such as cancer support workers.",
          "weight": 1
        },
        {
          "id": "T13.C4",
          "text": "The alliance offers cancer education to staff in every part of the care pathway.",
          "weight": 1
        },
        {
          "id": "T13.C5",
          "text": "The alliance works with providers to retain specialist cancer staff.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T13.E1",
          "text": "A named cancer workforce lead in the alliance team.",
          "weight": 1,
          "enables": [
            "T13.C2",
            "T13.C3"
          ]
        },
        {
          "id": "T13.E2",
          "text": "Workforce data from every provider for the main cancer staff groups.",
          "weight": 1,
          "enables": [
            "T13.C1"
          ]
        },
        {
          "id": "T13.E3",
          "text": "A cancer education programme, such as a virtual academy, open to staff from all partners.",
          "weight": 1,
          "enables": [
            "T13.C4"
          ]
        },
        {
          "id": "T13.E4",
          "text": "Funded development posts in shortage roles, such as trainee clinical nurse specialists.",
          "weight": 1,
          "enables": [
            "T13.C3",
            "T13.C5"
          ]
        },
        {
          "id": "T13.E5",
          "text": "A cancer workforce forum where all providers in the alliance plan together.",
          "weight": 1,
          "enables": [
            "T13.C2",
            "T13.C5"
          ]
        }
      ],
      "supportedBy": [
        {
          "role": "provider",
          "responsibility": "STP1"
        },
        {
          "role": "stp-ics",
          "responsibility": "STP1"
        },
        {
          "role": "national-team",
          "responsibility": "NT0"
        }
      ]
    }
  ]
} as const satisfies FrameworkInput;
