// Generated from framework-data/effective-cancer-alliance-1.0.0.yaml by .ci/generate-framework.ts. Do not edit: run `npm run generate`.
import type { FrameworkInput } from './schema.js';

export const referenceFramework100Data = {
  "id": "effective-cancer-alliance",
  "version": "1.0.0",
  "title": "What makes an effective Cancer Alliance? (reference framework)",
  "description": "A reference self-assessment framework for England's 21 NHS Cancer Alliances, in eight themes. Each theme sets out what good looks like, five Conditions of Success (behaviours an alliance shows) and five Enabling Factors (the features that make those behaviours possible). Alliances rate each item on a five-level maturity scale to find their strengths and priority development needs.",
  "provenance": {
    "author": "cancer-alliance-framework contributors",
    "status": "reference",
    "statement": "The official NHS England / Transformation Unit wording of the eight themes of \"What makes an effective Cancer Alliance?\", their statements and the survey scale is not public. This is an independent reference text, written from public sources (and the 2019 NHS Cancer Programme roles paper listed below) to the structure the Transformation Unit case study describes: eight themes, each with a statement of what good looks like, Conditions of Success (the what) and Enabling Factors (the how). It is not the official framework: its theme names, items and scale are our own and must not be quoted as NHS England's.",
    "sources": [
      {
        "title": "Co-production of a self-assessment framework for the Cancer Alliances Programme (Transformation Unit case study)",
        "url": "https://transformationunit.nhs.uk/case_study/co-production-self-assessment-framework-cancer-alliances-programme/",
        "note": "Describes the 2022-23 co-production with all 21 alliances: 8 themes, each with what good looks like, Conditions of Success (the what) and Enabling Factors (the how). Theme names and items are not given."
      },
      {
        "title": "Cancer Alliances: improving care locally (NHS England)",
        "url": "https://www.england.nhs.uk/cancer/cancer-alliances-improving-care-locally/",
        "note": "The role of alliances: whole-system planning and delivery for their ICSs, clinical leadership and commissioning advice; delivery priorities including waiting times, earlier diagnosis, personalised care and health inequalities."
      },
      {
        "title": "History and role of the Cancer Alliance (North East London Cancer Alliance)",
        "url": "https://www.nelcanceralliance.nhs.uk/history-and-role-cancer-alliance",
        "note": "Common requirements: every alliance has a Chief Medical Officer, Board Chair and Managing Director; funding comes from NHS England; alliances answer annual planning guidance with yearly work plans."
      },
      {
        "title": "Cancer access standards (NHS England clinically-led review of NHS access standards)",
        "url": "https://www.england.nhs.uk/clinically-led-review-nhs-access-standards/cancer/",
        "note": "The three cancer waiting-time standards from 1 October 2023: the 28-day Faster Diagnosis Standard, 31-day and 62-day."
      },
      {
        "title": "NHS IMPACT self-assessment (NHS England)",
        "url": "https://www.england.nhs.uk/nhsimpact/self-assessment/",
        "note": "The nearest public NHS maturity self-assessment, used as a model for the developmental, self-reflective style and the what-good-looks-like statements; no wording is taken from it."
      },
      {
        "title": "Roles & Responsibilities, NHS Cancer Programme (October 2019)",
        "note": "internal paper; not published online"
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
      "whatGoodLooksLike": "The alliance and its partners share a clear vision for cancer care across their whole population, grounded in the national ambitions and in local need. Its strategy and annual work plan set out what it will deliver, by when and with whom, and partners recognise the plan as their own.",
      "conditionsOfSuccess": [
        {
          "id": "T1.C1",
          "text": "Partners across the alliance agree a shared vision for improving cancer outcomes and experience for the whole alliance population.",
          "weight": 1
        },
        {
          "id": "T1.C2",
          "text": "The alliance's annual work plan turns national priorities, including waiting times, early diagnosis and personalised care, into local deliverables with owners and timescales.",
          "weight": 1
        },
        {
          "id": "T1.C3",
          "text": "Integrated care boards and providers see the alliance's cancer plan reflected in their own system and operational plans.",
          "weight": 1
        },
        {
          "id": "T1.C4",
          "text": "The alliance sets its priorities using evidence of local need, including differences in outcomes between places and population groups.",
          "weight": 1
        },
        {
          "id": "T1.C5",
          "text": "The alliance reviews progress against its plan during the year and changes course when the evidence says it should.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T1.E1",
          "text": "A written alliance strategy, refreshed regularly, that sets out the vision, priorities and intended outcomes for cancer across the footprint.",
          "weight": 1,
          "enables": [
            "T1.C1"
          ]
        },
        {
          "id": "T1.E2",
          "text": "An annual planning cycle, aligned to NHS planning guidance and ICB timetables, with agreed points at which partners shape the work plan.",
          "weight": 1,
          "enables": [
            "T1.C2",
            "T1.C3"
          ]
        },
        {
          "id": "T1.E3",
          "text": "A population needs assessment covering incidence, stage at diagnosis, waiting times and inequalities for each place in the alliance.",
          "weight": 1,
          "enables": [
            "T1.C4"
          ]
        },
        {
          "id": "T1.E4",
          "text": "A delivery plan with milestones, trajectories and a mid-year review point, signed off by the Regional Director and National Cancer Director.",
          "weight": 1,
          "enables": [
            "T1.C2",
            "T1.C5"
          ]
        },
        {
          "id": "T1.E5",
          "text": "Named planning contacts in each ICB who link the alliance's plan with system operational plans.",
          "weight": 1,
          "enables": [
            "T1.C3"
          ]
        }
      ],
      "supportedBy": [
        "regional-team",
        "national-team",
        "stp-ics"
      ]
    },
    {
      "id": "T2",
      "title": "Leadership, governance and accountability",
      "whatGoodLooksLike": "The alliance has a stable, visible leadership team of Board Chair, Managing Director and Chief Medical Officer, and a board whose members hold each other to account for delivery. Decisions, responsibilities and lines of accountability to the host, the region and the national programme are clear to everyone involved.",
      "conditionsOfSuccess": [
        {
          "id": "T2.C1",
          "text": "The Board Chair, Managing Director and Chief Medical Officer work as one leadership team and speak with one voice for the alliance.",
          "weight": 1
        },
        {
          "id": "T2.C2",
          "text": "Board members from each ICB, commissioner and provider attend regularly and take decisions on behalf of their organisations.",
          "weight": 1
        },
        {
          "id": "T2.C3",
          "text": "Partners are clear who is accountable for each alliance priority and who takes decisions about it.",
          "weight": 1
        },
        {
          "id": "T2.C4",
          "text": "The alliance board challenges underperformance openly and agrees actions that partners then carry out.",
          "weight": 1
        },
        {
          "id": "T2.C5",
          "text": "The alliance reports progress, risks and spending to the region and the national programme openly and on time.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T2.E1",
          "text": "Terms of reference for the alliance board that set out membership, quorum, decision rights and how it relates to ICB boards.",
          "weight": 1,
          "enables": [
            "T2.C2",
            "T2.C3"
          ]
        },
        {
          "id": "T2.E2",
          "text": "Defined roles and yearly objectives for the Board Chair, Managing Director and Chief Medical Officer.",
          "weight": 1,
          "enables": [
            "T2.C1",
            "T2.C3"
          ]
        },
        {
          "id": "T2.E3",
          "text": "A hosting agreement that makes clear what the host organisation provides and how the alliance stays accountable to all its partners.",
          "weight": 1,
          "enables": [
            "T2.C3"
          ]
        },
        {
          "id": "T2.E4",
          "text": "A board performance report covering the operational standards, plan milestones and risks, with a named owner for each action.",
          "weight": 1,
          "enables": [
            "T2.C4"
          ]
        },
        {
          "id": "T2.E5",
          "text": "An agreed quarterly reporting and assurance route through the regional team and the Cancer Delivery Group.",
          "weight": 1,
          "enables": [
            "T2.C5"
          ]
        }
      ],
      "supportedBy": [
        "alliance-chair",
        "regional-director",
        "national-cancer-director",
        "cancer-delivery-group"
      ]
    },
    {
      "id": "T3",
      "title": "System partnerships and relationships",
      "whatGoodLooksLike": "The alliance is recognised as the cancer arm of its integrated care systems and is trusted by ICBs, commissioners, providers, primary care, patients and the voluntary sector. Partners work together across organisational boundaries to improve whole pathways, and resolve differences through open and honest relationships.",
      "conditionsOfSuccess": [
        {
          "id": "T3.C1",
          "text": "ICB leaders treat the alliance as their route for planning and improving cancer services across the system.",
          "weight": 1
        },
        {
          "id": "T3.C2",
          "text": "Providers across the alliance support each other with capacity, such as mutual aid, to protect cancer waiting times.",
          "weight": 1
        },
        {
          "id": "T3.C3",
          "text": "GPs and primary care networks take an active part in alliance work on earlier diagnosis and referral.",
          "weight": 1
        },
        {
          "id": "T3.C4",
          "text": "Patients, carers and voluntary sector partners help shape alliance priorities and service changes from the start.",
          "weight": 1
        },
        {
          "id": "T3.C5",
          "text": "Partners raise and resolve disagreements about pathways, funding or performance directly and constructively.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T3.E1",
          "text": "A stakeholder map and engagement plan covering every ICB, trust, primary care network and key voluntary partner in the footprint.",
          "weight": 1,
          "enables": [
            "T3.C1",
            "T3.C3"
          ]
        },
        {
          "id": "T3.E2",
          "text": "Collaboration agreements with ICBs and providers that set out shared commitments on cancer and how issues will be escalated.",
          "weight": 1,
          "enables": [
            "T3.C1",
            "T3.C5"
          ]
        },
        {
          "id": "T3.E3",
          "text": "Cross-provider operational groups that meet regularly to manage cancer capacity and pathways together.",
          "weight": 1,
          "enables": [
            "T3.C2"
          ]
        },
        {
          "id": "T3.E4",
          "text": "A supported patient and public involvement group, with a clear link to the alliance board.",
          "weight": 1,
          "enables": [
            "T3.C4"
          ]
        },
        {
          "id": "T3.E5",
          "text": "A named alliance lead for each ICS or place who builds and keeps up relationships with local partners.",
          "weight": 1,
          "enables": [
            "T3.C3",
            "T3.C5"
          ]
        }
      ],
      "supportedBy": [
        "stp-ics",
        "commissioner",
        "provider",
        "regional-team"
      ]
    },
    {
      "id": "T4",
      "title": "Clinical leadership and engagement",
      "whatGoodLooksLike": "Clinicians lead the alliance's work, setting the direction for pathways and driving the rapid adoption of new approaches across every provider. A strong clinical network, led by the Chief Medical Officer, means patients get a consistently high standard of care wherever they are treated.",
      "conditionsOfSuccess": [
        {
          "id": "T4.C1",
          "text": "Doctors, nurses, allied health professionals and GPs from every provider take an active part in leading the alliance's pathway work.",
          "weight": 1
        },
        {
          "id": "T4.C2",
          "text": "The Chief Medical Officer gives visible clinical leadership across the alliance and is heard in all major decisions.",
          "weight": 1
        },
        {
          "id": "T4.C3",
          "text": "Clinical expert groups agree shared tumour-site pathways and guidance that providers across the alliance adopt.",
          "weight": 1
        },
        {
          "id": "T4.C4",
          "text": "Providers adopt proven new approaches, such as best-practice timed pathways, quickly and consistently.",
          "weight": 1
        },
        {
          "id": "T4.C5",
          "text": "Clinical leaders give the alliance trusted advice on commissioning and on where to invest transformation funding.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T4.E1",
          "text": "Clinical expert groups for the main tumour sites and cross-cutting areas, each with a named chair and clear terms of reference.",
          "weight": 1,
          "enables": [
            "T4.C1",
            "T4.C3"
          ]
        },
        {
          "id": "T4.E2",
          "text": "Funded clinical leadership time, for the Chief Medical Officer and tumour-site leads, written into job plans.",
          "weight": 1,
          "enables": [
            "T4.C1",
            "T4.C2"
          ]
        },
        {
          "id": "T4.E3",
          "text": "A clinical advisory forum, chaired by the Chief Medical Officer, that reviews proposals before they reach the alliance board.",
          "weight": 1,
          "enables": [
            "T4.C2",
            "T4.C5"
          ]
        },
        {
          "id": "T4.E4",
          "text": "An agreed process for writing, publishing and reviewing alliance-wide clinical pathways and guidance.",
          "weight": 1,
          "enables": [
            "T4.C3",
            "T4.C4"
          ]
        },
        {
          "id": "T4.E5",
          "text": "Links with trust medical directors and primary care clinical leads so that agreed changes are taken up in each organisation.",
          "weight": 1,
          "enables": [
            "T4.C4"
          ]
        }
      ],
      "supportedBy": [
        "alliance-chief-medical-officer",
        "national-team",
        "provider"
      ]
    },
    {
      "id": "T5",
      "title": "Transformation funding and programme delivery",
      "whatGoodLooksLike": "The alliance uses its transformation funding for the benefit of its whole population, adding to baseline investment rather than replacing it. Its programmes are well managed, deliver what the funding agreement promised, and lead to lasting improvements that partners sustain.",
      "conditionsOfSuccess": [
        {
          "id": "T5.C1",
          "text": "The alliance allocates transformation funding through an open, fair process that partners understand and accept.",
          "weight": 1
        },
        {
          "id": "T5.C2",
          "text": "Funding decisions target the greatest need and the biggest gains in outcomes across the whole alliance population.",
          "weight": 1
        },
        {
          "id": "T5.C3",
          "text": "Funded projects deliver what the funding agreement promised, on time and within budget.",
          "weight": 1
        },
        {
          "id": "T5.C4",
          "text": "Partners plan from the start how successful funded schemes will be sustained or moved into baseline commissioning.",
          "weight": 1
        },
        {
          "id": "T5.C5",
          "text": "The alliance stops or redirects funding promptly when a project is not delivering the expected benefits.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T5.E1",
          "text": "A published prioritisation and funding process with clear criteria, agreed by the alliance board.",
          "weight": 1,
          "enables": [
            "T5.C1",
            "T5.C2"
          ]
        },
        {
          "id": "T5.E2",
          "text": "Programme management arrangements, including a project office, standard project documents and regular highlight reports.",
          "weight": 1,
          "enables": [
            "T5.C3"
          ]
        },
        {
          "id": "T5.E3",
          "text": "A business case for each funded scheme that sets out expected benefits, measures and a plan for sustainability.",
          "weight": 1,
          "enables": [
            "T5.C2",
            "T5.C4"
          ]
        },
        {
          "id": "T5.E4",
          "text": "Monthly tracking of spending against the transformation funding allocation, reported to the alliance board.",
          "weight": 1,
          "enables": [
            "T5.C3",
            "T5.C5"
          ]
        },
        {
          "id": "T5.E5",
          "text": "Stage reviews at set points in each project, with the authority to stop, change or scale it up.",
          "weight": 1,
          "enables": [
            "T5.C5"
          ]
        }
      ],
      "supportedBy": [
        "national-team",
        "regional-team",
        "cancer-delivery-group",
        "commissioner"
      ]
    },
    {
      "id": "T6",
      "title": "Data, evidence and insight",
      "whatGoodLooksLike": "The alliance uses timely, reliable data to understand its population, pathways and performance, and to target action where it will make most difference. Analysts and clinicians turn data into insight together, and decisions are routinely based on evidence, including evaluation of what the alliance has funded.",
      "conditionsOfSuccess": [
        {
          "id": "T6.C1",
          "text": "The alliance board uses up-to-date performance against the Faster Diagnosis Standard, 31-day and 62-day standards to guide its decisions.",
          "weight": 1
        },
        {
          "id": "T6.C2",
          "text": "The alliance tracks progress towards 75% of cancers diagnosed at stages 1 and 2 by 2028 for each part of its footprint.",
          "weight": 1
        },
        {
          "id": "T6.C3",
          "text": "The alliance breaks down its data by deprivation, ethnicity and other factors to find and tackle unequal outcomes.",
          "weight": 1
        },
        {
          "id": "T6.C4",
          "text": "The alliance evaluates its funded projects and uses the findings when deciding what to continue or spread.",
          "weight": 1
        },
        {
          "id": "T6.C5",
          "text": "Providers and ICBs share the data the alliance needs promptly and under agreed information governance arrangements.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T6.E1",
          "text": "Dedicated analytical capacity for the alliance, with the skills to interpret cancer waiting times, stage and outcome data.",
          "weight": 1,
          "enables": [
            "T6.C1",
            "T6.C2",
            "T6.C3"
          ]
        },
        {
          "id": "T6.E2",
          "text": "Regular use of the national data, evidence and analysis service and its data tools alongside local data.",
          "weight": 1,
          "enables": [
            "T6.C1",
            "T6.C2"
          ]
        },
        {
          "id": "T6.E3",
          "text": "Data-sharing agreements with providers, ICBs and primary care covering the data the alliance needs.",
          "weight": 1,
          "enables": [
            "T6.C5"
          ]
        },
        {
          "id": "T6.E4",
          "text": "An evaluation framework, with agreed measures and baselines, built into each funded project from the start.",
          "weight": 1,
          "enables": [
            "T6.C4"
          ]
        },
        {
          "id": "T6.E5",
          "text": "An alliance dashboard showing the standards, early diagnosis and inequality measures by place, provider and tumour site.",
          "weight": 1,
          "enables": [
            "T6.C1",
            "T6.C3"
          ]
        }
      ],
      "supportedBy": [
        "national-team",
        "regional-team"
      ]
    },
    {
      "id": "T7",
      "title": "Team capacity, capability and development",
      "whatGoodLooksLike": "The alliance has a core team of the right size, mix of skills and stability to deliver its plan, and it invests in developing its people. Team members feel valued and well supported by their host, and the alliance works with regional and national colleagues on its organisational development.",
      "conditionsOfSuccess": [
        {
          "id": "T7.C1",
          "text": "The alliance core team has enough capacity to deliver the work plan without relying on unfunded extra hours.",
          "weight": 1
        },
        {
          "id": "T7.C2",
          "text": "The core team has the mix of skills the plan needs, including programme management, clinical, analytical, finance and engagement skills.",
          "weight": 1
        },
        {
          "id": "T7.C3",
          "text": "Team members have regular development conversations and take up learning opportunities that build their skills.",
          "weight": 1
        },
        {
          "id": "T7.C4",
          "text": "The alliance keeps its key staff and plans for succession so that work continues when people move on.",
          "weight": 1
        },
        {
          "id": "T7.C5",
          "text": "Team members describe a positive, inclusive culture in which they feel valued and able to speak up.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T7.E1",
          "text": "A core team structure, funded on a recurrent basis, that is reviewed against the work plan each year.",
          "weight": 1,
          "enables": [
            "T7.C1",
            "T7.C2"
          ]
        },
        {
          "id": "T7.E2",
          "text": "A skills audit of the team, with a plan to fill gaps through recruitment, secondment or training.",
          "weight": 1,
          "enables": [
            "T7.C2",
            "T7.C3"
          ]
        },
        {
          "id": "T7.E3",
          "text": "A personal development plan and yearly appraisal for every team member, backed by a protected training budget.",
          "weight": 1,
          "enables": [
            "T7.C3"
          ]
        },
        {
          "id": "T7.E4",
          "text": "Clear employment terms and HR support through the host organisation, including stable contracts for core roles.",
          "weight": 1,
          "enables": [
            "T7.C1",
            "T7.C4"
          ]
        },
        {
          "id": "T7.E5",
          "text": "An organisational development programme, supported by the regional team, that includes team development and regular staff feedback.",
          "weight": 1,
          "enables": [
            "T7.C5"
          ]
        }
      ],
      "supportedBy": [
        "alliance-managing-director",
        "regional-team",
        "national-team"
      ]
    },
    {
      "id": "T8",
      "title": "Learning, improvement and sharing good practice",
      "whatGoodLooksLike": "The alliance learns continuously from its own work, from other alliances and from the evidence, and uses a consistent approach to improvement. It shares what works generously and gives and receives peer support as part of the NHS Cancer Programme.",
      "conditionsOfSuccess": [
        {
          "id": "T8.C1",
          "text": "The alliance shares its successful projects, tools and lessons openly with other alliances and the national programme.",
          "weight": 1
        },
        {
          "id": "T8.C2",
          "text": "The alliance adopts proven practice from other alliances rather than developing its own from scratch.",
          "weight": 1
        },
        {
          "id": "T8.C3",
          "text": "Alliance leaders and staff give and receive peer support with colleagues in other alliances.",
          "weight": 1
        },
        {
          "id": "T8.C4",
          "text": "The alliance uses a consistent quality improvement method to test and refine changes before scaling them up.",
          "weight": 1
        },
        {
          "id": "T8.C5",
          "text": "The alliance reflects openly on what has not worked and changes its approach as a result.",
          "weight": 1
        }
      ],
      "enablingFactors": [
        {
          "id": "T8.E1",
          "text": "Active use of the national platform for information sharing to publish and find case studies, tools and guidance.",
          "weight": 1,
          "enables": [
            "T8.C1",
            "T8.C2"
          ]
        },
        {
          "id": "T8.E2",
          "text": "Regular regional and national events where alliances come together to discuss common problems and solutions.",
          "weight": 1,
          "enables": [
            "T8.C2",
            "T8.C3"
          ]
        },
        {
          "id": "T8.E3",
          "text": "Peer networks for alliance roles, such as managing directors, chief medical officers and programme leads.",
          "weight": 1,
          "enables": [
            "T8.C3"
          ]
        },
        {
          "id": "T8.E4",
          "text": "Quality improvement training and coaching for alliance staff and project teams.",
          "weight": 1,
          "enables": [
            "T8.C4"
          ]
        },
        {
          "id": "T8.E5",
          "text": "Structured reviews at the end of each project and planning year, with the lessons recorded, acted on and shared.",
          "weight": 1,
          "enables": [
            "T8.C1",
            "T8.C5"
          ]
        }
      ],
      "supportedBy": [
        "national-team",
        "regional-team",
        "cancer-alliance"
      ]
    }
  ]
} as const satisfies FrameworkInput;
