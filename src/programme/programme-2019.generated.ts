// generated from framework-data/programme-2019.yaml; do not edit; run npm run generate (.ci/generate-programme.ts)
import { deepFreeze } from '../internal/freeze.js';
import { lazy } from '../internal/lazy.js';
import type { RuleSet, RuleSetInput } from './schema.js';

/**
 * The rule set of framework-data/programme-2019.yaml: its roles, responsibilities, accountability graph, parties and rules,
 * validated at build time; made and frozen on first use, so that importing the package does neither.
 */
export const programme2019Data = /* @__PURE__ */ lazy(
  (): RuleSet =>
    deepFreeze(
      {
        "id": "programme-2019",
        "title": "NHS Cancer Programme roles, responsibilities and governance rules of the October 2019 roles and responsibilities paper",
        "validFrom": "2019-10-01",
        "validTo": "2024-03-31",
        "validity": [
          {
            "kind": "inferred",
            "responsibilities": [],
            "sources": [
              "paper-2019"
            ],
            "note": "validFrom: the paper is dated \"October 2019\" (a draft for the Cancer Delivery Group to review); when its model took effect is not stated, so the first day of that month is taken."
          },
          {
            "kind": "assumption",
            "note": "validTo: ours. From April 2024 the alliances moved out of NHS England to local hosts, \"separating the alliance role from that of the regions in assuring cancer services\" (peninsula-move), so the rule set is ended on 31 March 2024; no source says the 2019 paper was superseded then or at all. (The 2024-25 approval tiers of planning guidance concern provider plans, not alliance plans, and are not used.) Pass another rule set for later years."
          }
        ],
        "sources": [
          {
            "id": "paper-2019",
            "title": "NHS Cancer Programme, \"Roles & Responsibilities\" (October 2019), a paper to the Cancer Delivery Group",
            "seed": true,
            "note": "The project's seed (/work/shared/seeds/004_1723970a9c434a83.txt); an internal paper, discussed by the Cancer Performance and Delivery Group in July 2019. No public copy was found."
          },
          {
            "id": "nel-history",
            "title": "North East London Cancer Alliance, \"History and role of the cancer alliance\"",
            "url": "https://www.nelcanceralliance.nhs.uk/history-and-role-cancer-alliance",
            "note": "\"Cancer alliances must have a Chief Medial [sic] Officer, Board Chair and Managing Director\"."
          },
          {
            "id": "nhse-governance",
            "title": "NHS England, governance",
            "url": "https://www.england.nhs.uk/get-involved/resources/governance/",
            "note": "The National Cancer Board oversees the NHS Cancer Programme and is chaired by the National Cancer Director."
          },
          {
            "id": "peninsula-move",
            "title": "Peninsula Cancer Alliance, \"The Peninsula Cancer Alliance has moved organisations\"",
            "url": "https://peninsulacanceralliance.nhs.uk/the-peninsula-cancer-alliance-has-moved-organisations/",
            "note": "\"From April 2024 the Cancer Alliance has moved from NHS England to be hosted by University Hospitals Plymouth NHS Trust ... separating the alliance role from that of the regions in assuring cancer services.\""
          },
          {
            "id": "wessex-governance",
            "title": "Wessex Cancer Alliance, funding and governance",
            "url": "https://www.england.nhs.uk/south-east/cancer-alliances/wessex/about-us/funding-and-governance/",
            "note": "Accountable through the regional cancer programmes of both the South East and the South West."
          }
        ],
        "notes": [
          "The paper's own status is a draft for review (\"The Cancer Delivery Group is asked to review the pack\"); it was discussed by the Cancer Performance and Delivery Group in July 2019.",
          "No public source gives who signs alliance plans or funding agreements, or who assures alliances, in 2025-26 (searched; docs/programme.md)."
        ],
        "roles": [
          {
            "id": "cancer-alliance",
            "name": "Cancer Alliance",
            "kind": "body",
            "scope": "alliance",
            "summary": "The cancer arm of its STPs/ICSs; leads the planning and delivery of the Long Term Plan ambitions for cancer for its population.",
            "certainty": "verified",
            "sources": [
              "paper-2019"
            ],
            "notes": []
          },
          {
            "id": "alliance-chair",
            "name": "Alliance Chair",
            "kind": "person",
            "scope": "alliance",
            "partOf": "cancer-alliance",
            "summary": "Chairs the alliance board; signs the alliance's funding agreement jointly with the regional team and the National Cancer Director.",
            "certainty": "verified",
            "sources": [
              "paper-2019",
              "nel-history"
            ],
            "notes": [
              "Named in the paper (funding agreements) and on the North East London alliance's page (Board Chair)."
            ]
          },
          {
            "id": "alliance-managing-director",
            "name": "Alliance Managing Director",
            "kind": "person",
            "scope": "alliance",
            "partOf": "cancer-alliance",
            "summary": "Leads the alliance team; a role every alliance must have.",
            "certainty": "verified",
            "sources": [
              "nel-history"
            ],
            "notes": [
              "Named on the North East London alliance's page",
              "not in the 2019 paper; the paper gives this officer no statement of its own."
            ]
          },
          {
            "id": "alliance-chief-medical-officer",
            "name": "Alliance Chief Medical Officer",
            "kind": "person",
            "scope": "alliance",
            "partOf": "cancer-alliance",
            "summary": "The alliance's clinical lead; a role every alliance must have.",
            "certainty": "verified",
            "sources": [
              "nel-history"
            ],
            "notes": [
              "Named on the North East London alliance's page",
              "not in the 2019 paper; the paper gives this officer no statement of its own."
            ]
          },
          {
            "id": "regional-team",
            "name": "Regional team",
            "kind": "body",
            "scope": "regional",
            "summary": "The NHS England regional team; enables, monitors and assures Cancer Alliance delivery in its region.",
            "certainty": "verified",
            "sources": [
              "paper-2019"
            ],
            "notes": []
          },
          {
            "id": "regional-director",
            "name": "Regional Director",
            "kind": "person",
            "scope": "regional",
            "partOf": "regional-team",
            "summary": "Accountable for the delivery of improved cancer performance and outcomes in their region.",
            "certainty": "verified",
            "sources": [
              "paper-2019"
            ],
            "notes": []
          },
          {
            "id": "national-team",
            "name": "National team",
            "kind": "body",
            "scope": "national",
            "summary": "The NHS Cancer Programme's national team; sets a clear and consistent national framework for delivery.",
            "certainty": "verified",
            "sources": [
              "paper-2019"
            ],
            "notes": []
          },
          {
            "id": "national-cancer-director",
            "name": "National Cancer Director",
            "kind": "person",
            "scope": "national",
            "partOf": "national-team",
            "summary": "Leads the NHS Cancer Programme; signs every alliance's delivery plan and funding agreement.",
            "certainty": "verified",
            "sources": [
              "paper-2019",
              "nhse-governance"
            ],
            "notes": []
          },
          {
            "id": "cancer-delivery-group",
            "name": "Cancer Delivery Group",
            "kind": "group",
            "scope": "national",
            "summary": "The group through which the national and regional teams assure alliance delivery; agrees actions and significant changes to plans.",
            "certainty": "verified",
            "sources": [
              "paper-2019"
            ],
            "notes": [
              "Named only in the 2019 paper; no public source for this group was found."
            ]
          },
          {
            "id": "stp-ics",
            "name": "STP/ICS",
            "kind": "body",
            "scope": "system",
            "summary": "A Sustainability and Transformation Partnership or Integrated Care System; its Cancer Alliance is its cancer arm.",
            "certainty": "verified",
            "sources": [
              "paper-2019"
            ],
            "notes": [
              "ICSs have had statutory Integrated Care Boards since July 2022; in this library a system is identified by its ICB."
            ]
          },
          {
            "id": "commissioner",
            "name": "Commissioner",
            "kind": "body",
            "scope": "organisation",
            "summary": "A commissioning organisation (in 2019 a CCG; now an ICB).",
            "certainty": "verified",
            "sources": [
              "paper-2019"
            ],
            "notes": []
          },
          {
            "id": "provider",
            "name": "Provider",
            "kind": "body",
            "scope": "organisation",
            "summary": "An NHS provider of cancer services, such as a trust.",
            "certainty": "verified",
            "sources": [
              "paper-2019"
            ],
            "notes": []
          }
        ],
        "responsibilities": [
          {
            "id": "CA0",
            "roleIds": [
              "cancer-alliance"
            ],
            "involves": [
              "stp-ics"
            ],
            "section": "Cancer Alliances",
            "emphasis": [
              "Cancer Alliances are the cancer arms of their STPs/ICSs. Their role is to lead the planning and delivery of the Long Term Plan ambitions for cancer for their populations, and to provide system oversight and coordination for cancer services."
            ],
            "text": "Cancer Alliances are the cancer arms of their STPs/ICSs. Their role is to lead the planning and delivery of the Long Term Plan ambitions for cancer for their populations, and to provide system oversight and coordination for cancer services.",
            "topics": [
              "planning",
              "delivery",
              "oversight"
            ],
            "source": "paper-2019"
          },
          {
            "id": "CA1",
            "roleIds": [
              "cancer-alliance"
            ],
            "involves": [
              "stp-ics",
              "commissioner",
              "provider"
            ],
            "section": "Cancer Alliances",
            "emphasis": [
              "collaborate with partners",
              "to provide system-level oversight and co-ordination"
            ],
            "text": "collaborate with partners (STPs/ICSs, commissioners and providers) to provide system-level oversight and co-ordination to deliver of the operational standards for cancer and the Long Term Plan ambitions across their cancer system",
            "topics": [
              "collaboration",
              "oversight",
              "operational-performance"
            ],
            "source": "paper-2019"
          },
          {
            "id": "CA2",
            "roleIds": [
              "cancer-alliance"
            ],
            "involves": [],
            "section": "Cancer Alliances",
            "emphasis": [
              "transformation funding"
            ],
            "text": "deploy transformation funding in a way that supports their whole population, and which complements baseline investment so that it maximises the impact on improving cancer outcomes",
            "topics": [
              "funding",
              "outcomes"
            ],
            "source": "paper-2019"
          },
          {
            "id": "CA3",
            "roleIds": [
              "cancer-alliance"
            ],
            "involves": [],
            "section": "Cancer Alliances",
            "emphasis": [
              "provide clinical leadership for cancer services across their area"
            ],
            "text": "provide clinical leadership for cancer services across their area to ensure the delivery of a consistently high level of service to patients and to drive the rapid adoption of new approaches",
            "topics": [
              "clinical-leadership",
              "quality",
              "innovation"
            ],
            "source": "paper-2019"
          },
          {
            "id": "CA4",
            "roleIds": [
              "cancer-alliance"
            ],
            "involves": [],
            "section": "Cancer Alliances",
            "emphasis": [
              "share best practice and solutions"
            ],
            "text": "work as part of the NHS Cancer Programme to share best practice and solutions, and to provide peer support to other Alliance teams",
            "topics": [
              "sharing-practice",
              "peer-support"
            ],
            "source": "paper-2019"
          },
          {
            "id": "STP1",
            "roleIds": [
              "stp-ics"
            ],
            "involves": [
              "commissioner",
              "provider",
              "cancer-alliance"
            ],
            "section": "Cancer Alliances",
            "emphasis": [
              "STPs/ICSs"
            ],
            "text": "the 2019/20 Planning Guidance states that STPs/ICSs must: ‘ensure that commissioners and providers come together as part of their Cancer Alliance to agree and deliver a system-wide plan for cancer covering core operational performance and transformation.’",
            "topics": [
              "planning",
              "collaboration",
              "operational-performance",
              "transformation"
            ],
            "source": "paper-2019"
          },
          {
            "id": "RD0",
            "roleIds": [
              "regional-director"
            ],
            "involves": [
              "cancer-alliance"
            ],
            "section": "Regional teams",
            "emphasis": [
              "Regional Directors are accountable for the delivery of improved cancer performance and outcomes in their region. They will enable, monitor and assure Cancer Alliance delivery of the Long Term Plan priorities in a way which reflects local circumstances."
            ],
            "text": "Regional Directors are accountable for the delivery of improved cancer performance and outcomes in their region. They will enable, monitor and assure Cancer Alliance delivery of the Long Term Plan priorities in a way which reflects local circumstances.",
            "topics": [
              "accountability",
              "assurance",
              "operational-performance",
              "outcomes"
            ],
            "source": "paper-2019"
          },
          {
            "id": "RT1",
            "roleIds": [
              "regional-team"
            ],
            "involves": [
              "cancer-alliance",
              "provider",
              "commissioner"
            ],
            "section": "Regional teams",
            "emphasis": [
              "oversee and improve the operational performance"
            ],
            "text": "work collaboratively with the Cancer Alliances to oversee and improve the operational performance of the local cancer system, and, where appropriate, use their formal intervention powers to hold providers and CCGs to account in a way that complements Alliance efforts to improve performance",
            "topics": [
              "operational-performance",
              "oversight",
              "intervention"
            ],
            "source": "paper-2019"
          },
          {
            "id": "RT2",
            "roleIds": [
              "regional-team"
            ],
            "involves": [
              "cancer-alliance",
              "regional-director",
              "national-cancer-director",
              "alliance-chair"
            ],
            "section": "Regional teams",
            "emphasis": [
              "support and assure the development of delivery plans"
            ],
            "text": "support and assure the development of delivery plans by the Cancer Alliances, and jointly sign off (with the National Cancer Director and Alliance Chair) funding agreements that set out what the Alliances will deliver with the funding provided to them",
            "topics": [
              "planning",
              "assurance",
              "funding",
              "sign-off"
            ],
            "source": "paper-2019"
          },
          {
            "id": "RT3",
            "roleIds": [
              "regional-team"
            ],
            "involves": [
              "cancer-alliance"
            ],
            "section": "Regional teams",
            "emphasis": [
              "quarterly monitoring and assurance"
            ],
            "text": "lead quarterly monitoring and assurance of Alliance performance, and propose actions where Alliances are not delivering against their funding agreement (including holding back funding)",
            "topics": [
              "assurance",
              "monitoring",
              "funding"
            ],
            "source": "paper-2019"
          },
          {
            "id": "RT4",
            "roleIds": [
              "regional-team"
            ],
            "involves": [
              "cancer-alliance"
            ],
            "section": "Regional teams",
            "emphasis": [
              "organisational development",
              "share lessons"
            ],
            "text": "support the organisational development of Alliances, in particular to ensure that their geography and leadership aligns with agreed principles, and enable Cancer Alliances in their region to share lessons and to come together to discuss common solutions",
            "topics": [
              "organisational-development",
              "sharing-practice"
            ],
            "source": "paper-2019"
          },
          {
            "id": "NT0",
            "roleIds": [
              "national-team"
            ],
            "involves": [],
            "section": "National team",
            "emphasis": [
              "The national team"
            ],
            "text": "The national team sets a clear and consistent national framework for delivery of the Long Term Plan ambitions and supports local delivery through 'doing things once' where it makes sense to do so.",
            "topics": [
              "policy",
              "operating-model"
            ],
            "source": "paper-2019"
          },
          {
            "id": "NT1",
            "roleIds": [
              "national-team"
            ],
            "involves": [],
            "section": "National team",
            "emphasis": [
              "clear policy priorities and deliverables for 2019/20 and beyond",
              "transformation funding"
            ],
            "text": "set clear policy priorities and deliverables for 2019/20 and beyond, and to develop and implement a consistent and transparent approach to allocation of transformation funding to support delivery",
            "topics": [
              "policy",
              "funding"
            ],
            "source": "paper-2019"
          },
          {
            "id": "NT2",
            "roleIds": [
              "national-team"
            ],
            "involves": [
              "regional-team"
            ],
            "section": "National team",
            "emphasis": [
              "consistent operating model"
            ],
            "text": "set a consistent operating model for delivery, including working with regional offices to ensure that there are robust programme management and governance arrangements in place to track progress across the NHS Cancer Programme as a whole",
            "topics": [
              "operating-model",
              "governance",
              "monitoring"
            ],
            "source": "paper-2019"
          },
          {
            "id": "NT3",
            "roleIds": [
              "national-team"
            ],
            "involves": [],
            "section": "National team",
            "emphasis": [
              "makes sense to do once nationally"
            ],
            "text": "deliver project-specific support activities that it makes sense to do once nationally, for example developing clinical and service models for projects like the targeted lung health checks, sharing best practice guidance and implementing nationally-coordinated evaluations",
            "topics": [
              "national-support",
              "sharing-practice",
              "evaluation"
            ],
            "source": "paper-2019"
          },
          {
            "id": "NT4",
            "roleIds": [
              "national-team"
            ],
            "involves": [
              "cancer-alliance"
            ],
            "section": "National team",
            "emphasis": [
              "comprehensive package of organisational support for Cancer Alliances"
            ],
            "text": "put in place a comprehensive package of organisational support for Cancer Alliances including: the provision of a dedicated data, evidence and analysis service and data tools; a national platform for information sharing; and, a series of national events to support delivery",
            "topics": [
              "organisational-development",
              "data",
              "national-support"
            ],
            "source": "paper-2019"
          },
          {
            "id": "JW1",
            "roleIds": [
              "regional-team",
              "cancer-alliance"
            ],
            "involves": [
              "national-team"
            ],
            "section": "Overview",
            "emphasis": [],
            "text": "regional teams and Alliances will input into the development of national policy",
            "topics": [
              "policy",
              "collaboration"
            ],
            "source": "paper-2019"
          },
          {
            "id": "JW2",
            "roleIds": [
              "national-team",
              "regional-team"
            ],
            "involves": [
              "cancer-delivery-group",
              "cancer-alliance"
            ],
            "section": "Overview",
            "emphasis": [],
            "text": "the national team and regional teams will work together to assure and monitor progress of Cancer Alliance delivery through the Cancer Delivery Group",
            "topics": [
              "assurance",
              "monitoring",
              "collaboration"
            ],
            "source": "paper-2019"
          },
          {
            "id": "ACC1",
            "roleIds": [
              "provider",
              "commissioner",
              "stp-ics"
            ],
            "involves": [
              "regional-director"
            ],
            "section": "Accountability",
            "emphasis": [],
            "text": "Individual organisations (and increasingly STPs/ICSs) continue to be directly accountable to Regional Directors for their operational performance.",
            "topics": [
              "accountability",
              "operational-performance"
            ],
            "source": "paper-2019"
          },
          {
            "id": "ACC2",
            "roleIds": [
              "regional-director",
              "national-cancer-director"
            ],
            "involves": [
              "cancer-alliance"
            ],
            "section": "Accountability",
            "emphasis": [],
            "text": "All Cancer Alliance delivery plans are signed off by both the Regional Director and National Cancer Director",
            "topics": [
              "planning",
              "sign-off",
              "governance"
            ],
            "source": "paper-2019"
          },
          {
            "id": "ACC3",
            "roleIds": [
              "cancer-delivery-group"
            ],
            "involves": [
              "cancer-alliance",
              "regional-team"
            ],
            "section": "Accountability",
            "emphasis": [],
            "text": "As part of the quarterly reporting and assurance process, the Cancer Delivery Group (CDG) agrees actions to be taken to tackle any delivery risks, including holding back funding",
            "topics": [
              "assurance",
              "funding",
              "governance"
            ],
            "source": "paper-2019"
          },
          {
            "id": "ACC4",
            "roleIds": [
              "cancer-delivery-group"
            ],
            "involves": [
              "cancer-alliance"
            ],
            "section": "Accountability",
            "emphasis": [],
            "text": "Significant changes to signed off delivery plans must be agreed by CDG.",
            "topics": [
              "planning",
              "change-control",
              "governance"
            ],
            "source": "paper-2019"
          }
        ],
        "accountability": {
          "notes": [
            "This model of accountability applies to transformation and improvement activity (supported by service development funding).",
            "Individual organisations (and increasingly STPs/ICSs) continue to be directly accountable to Regional Directors for their operational performance.",
            "The number of constituent STPs/ICSs per Alliance varies across the country.",
            "The paper's accountability diagram is not in the text we hold; the transformation chain (alliance, Regional Director, national) follows the paper's notes and roles and is marked inferred."
          ],
          "edges": [
            {
              "id": "alliance-to-regional-director",
              "from": "cancer-alliance",
              "to": "regional-director",
              "relation": "accountable-to",
              "line": "transformation",
              "description": "The Cancer Alliance is accountable to the Regional Director of its region for delivering the Long Term Plan priorities, which the Regional Director enables, monitors and assures.",
              "certainty": "inferred",
              "basis": [
                "RD0",
                "RT3"
              ],
              "sources": [
                "paper-2019"
              ]
            },
            {
              "id": "regional-director-to-national-cancer-director",
              "from": "regional-director",
              "to": "national-cancer-director",
              "relation": "accountable-to",
              "line": "transformation",
              "description": "The Regional Director answers to the National Cancer Director for Cancer Alliance delivery in the region; both sign every delivery plan.",
              "certainty": "inferred",
              "basis": [
                "ACC2",
                "JW2"
              ],
              "sources": [
                "paper-2019"
              ]
            },
            {
              "id": "stp-ics-in-alliance",
              "from": "stp-ics",
              "to": "cancer-alliance",
              "relation": "constituent-of",
              "line": "transformation",
              "description": "STPs/ICSs come together, with their commissioners and providers, as the Cancer Alliance, their cancer arm.",
              "certainty": "verified",
              "basis": [
                "CA0",
                "STP1"
              ],
              "sources": [
                "paper-2019"
              ]
            },
            {
              "id": "chair-of-alliance",
              "from": "alliance-chair",
              "to": "cancer-alliance",
              "relation": "officer-of",
              "line": "transformation",
              "description": "The Alliance Chair chairs the alliance board and signs its funding agreement.",
              "certainty": "verified",
              "basis": [
                "RT2"
              ],
              "sources": [
                "paper-2019",
                "nel-history"
              ]
            },
            {
              "id": "managing-director-of-alliance",
              "from": "alliance-managing-director",
              "to": "cancer-alliance",
              "relation": "officer-of",
              "line": "transformation",
              "description": "The Managing Director leads the alliance team.",
              "certainty": "verified",
              "basis": [],
              "sources": [
                "nel-history"
              ]
            },
            {
              "id": "chief-medical-officer-of-alliance",
              "from": "alliance-chief-medical-officer",
              "to": "cancer-alliance",
              "relation": "officer-of",
              "line": "transformation",
              "description": "The Chief Medical Officer is the alliance's clinical lead.",
              "certainty": "verified",
              "basis": [],
              "sources": [
                "nel-history"
              ]
            },
            {
              "id": "regional-director-heads-regional-team",
              "from": "regional-director",
              "to": "regional-team",
              "relation": "heads",
              "line": "transformation",
              "description": "The Regional Director heads the regional team.",
              "certainty": "inferred",
              "basis": [
                "RD0"
              ],
              "sources": [
                "paper-2019"
              ]
            },
            {
              "id": "national-cancer-director-heads-national-team",
              "from": "national-cancer-director",
              "to": "national-team",
              "relation": "heads",
              "line": "transformation",
              "description": "The National Cancer Director leads the NHS Cancer Programme's national team.",
              "certainty": "inferred",
              "basis": [],
              "sources": [
                "paper-2019",
                "nhse-governance"
              ]
            },
            {
              "id": "regional-team-through-cdg",
              "from": "regional-team",
              "to": "cancer-delivery-group",
              "relation": "works-through",
              "line": "transformation",
              "description": "Regional teams assure and monitor alliance delivery with the national team through the Cancer Delivery Group.",
              "certainty": "verified",
              "basis": [
                "JW2"
              ],
              "sources": [
                "paper-2019"
              ]
            },
            {
              "id": "national-team-through-cdg",
              "from": "national-team",
              "to": "cancer-delivery-group",
              "relation": "works-through",
              "line": "transformation",
              "description": "The national team assures and monitors alliance delivery with the regional teams through the Cancer Delivery Group.",
              "certainty": "verified",
              "basis": [
                "JW2"
              ],
              "sources": [
                "paper-2019"
              ]
            },
            {
              "id": "provider-to-regional-director",
              "from": "provider",
              "to": "regional-director",
              "relation": "accountable-to",
              "line": "operational",
              "description": "Individual organisations are directly accountable to the Regional Director for their operational performance.",
              "certainty": "verified",
              "basis": [
                "ACC1",
                "RT1"
              ],
              "sources": [
                "paper-2019"
              ]
            },
            {
              "id": "commissioner-to-regional-director",
              "from": "commissioner",
              "to": "regional-director",
              "relation": "accountable-to",
              "line": "operational",
              "description": "Individual organisations are directly accountable to the Regional Director for their operational performance.",
              "certainty": "verified",
              "basis": [
                "ACC1",
                "RT1"
              ],
              "sources": [
                "paper-2019"
              ]
            },
            {
              "id": "stp-ics-to-regional-director",
              "from": "stp-ics",
              "to": "regional-director",
              "relation": "accountable-to",
              "line": "operational",
              "description": "STPs/ICSs are increasingly directly accountable to the Regional Director for their operational performance.",
              "certainty": "verified",
              "basis": [
                "ACC1"
              ],
              "sources": [
                "paper-2019"
              ]
            }
          ]
        },
        "parties": {
          "regional": {
            "resolvesTo": "each-region",
            "basis": [
              {
                "kind": "seed",
                "responsibility": "ACC2",
                "quote": "All Cancer Alliance delivery plans are signed off by both the Regional Director and National Cancer Director"
              },
              {
                "kind": "seed",
                "responsibility": "RD0",
                "quote": "Regional Directors are accountable for the delivery of improved cancer performance and outcomes in their region."
              },
              {
                "kind": "public-source",
                "sources": [
                  "wessex-governance"
                ],
                "quote": "We are accountable, through NHS England and NHS Improvement's Cancer Programmes in the South East (for Hampshire and Isle of Wight) and South West (for Dorset)"
              },
              {
                "kind": "inferred",
                "responsibilities": [
                  "ACC2",
                  "RD0"
                ],
                "sources": [
                  "wessex-governance"
                ],
                "note": "The paper names \"the Regional Director\" of an alliance but not whose when its area lies in two regions (Wessex; South Yorkshire and Bassetlaw). Each Regional Director answers for their own region, and Wessex is accountable through both regions, so a regional role acts for every region the alliance's area lies in: one signature from each region's Regional Director (or team), and any of them may take a regional step."
              }
            ]
          }
        },
        "artefacts": {
          "delivery-plan": {
            "preparedBy": {
              "roles": [
                "cancer-alliance",
                "alliance-chair",
                "alliance-managing-director",
                "alliance-chief-medical-officer"
              ],
              "basis": [
                {
                  "kind": "seed",
                  "responsibility": "RT2",
                  "quote": "support and assure the development of delivery plans by the Cancer Alliances",
                  "roles": [
                    "cancer-alliance"
                  ]
                },
                {
                  "kind": "inferred",
                  "responsibilities": [],
                  "sources": [
                    "nel-history"
                  ],
                  "note": "That the alliance's officers (every alliance has a Board Chair, Managing Director and Chief Medical Officer) act for it in preparing and submitting its plan.",
                  "roles": [
                    "alliance-chair",
                    "alliance-managing-director",
                    "alliance-chief-medical-officer"
                  ]
                }
              ]
            },
            "signedBy": {
              "roles": [
                "regional-director",
                "national-cancer-director"
              ],
              "basis": [
                {
                  "kind": "seed",
                  "responsibility": "ACC2",
                  "quote": "All Cancer Alliance delivery plans are signed off by both the Regional Director and National Cancer Director"
                }
              ]
            }
          },
          "funding-agreement": {
            "preparedBy": {
              "roles": "any",
              "basis": [
                {
                  "kind": "assumption",
                  "note": "The paper does not say who drafts or submits a funding agreement, so any role of the rule set may (a restriction would be ours)."
                }
              ]
            },
            "signedBy": {
              "roles": [
                "regional-team",
                "national-cancer-director",
                "alliance-chair"
              ],
              "basis": [
                {
                  "kind": "seed",
                  "responsibility": "RT2",
                  "quote": "jointly sign off (with the National Cancer Director and Alliance Chair) funding agreements"
                }
              ]
            }
          }
        },
        "changes": {
          "significant": {
            "proposedBy": {
              "roles": [
                "cancer-alliance",
                "alliance-chair",
                "alliance-managing-director",
                "alliance-chief-medical-officer"
              ],
              "basis": [
                {
                  "kind": "inferred",
                  "responsibilities": [
                    "CA0",
                    "RT2",
                    "ACC4"
                  ],
                  "sources": [],
                  "note": "The paper does not say who proposes a change to a signed-off plan; that the alliance, which develops its plan and leads its planning, proposes changes to it is inferred."
                }
              ]
            },
            "agreedBy": {
              "roles": [
                "cancer-delivery-group"
              ],
              "basis": [
                {
                  "kind": "seed",
                  "responsibility": "ACC4",
                  "quote": "Significant changes to signed off delivery plans must be agreed by CDG."
                }
              ]
            }
          },
          "minor": {
            "proposedBy": {
              "roles": [
                "cancer-alliance",
                "alliance-chair",
                "alliance-managing-director",
                "alliance-chief-medical-officer"
              ],
              "basis": [
                {
                  "kind": "inferred",
                  "responsibilities": [
                    "CA0",
                    "RT2"
                  ],
                  "sources": [],
                  "note": "As for significant changes."
                }
              ]
            },
            "agreedBy": {
              "roles": [],
              "basis": [
                {
                  "kind": "assumption",
                  "note": "Ours. The paper requires CDG agreement only for significant changes (ACC4) and says nothing of other changes, nor of who judges whether a change is significant. Here the proposer classifies the change, and a minor change takes effect when it is proposed, with no agreement."
                }
              ]
            }
          }
        },
        "assurance": {
          "cadence": {
            "value": "quarterly",
            "basis": [
              {
                "kind": "seed",
                "responsibility": "RT3",
                "quote": "lead quarterly monitoring and assurance of Alliance performance"
              }
            ]
          },
          "reviewsRecordedBy": {
            "roles": [
              "regional-team",
              "regional-director",
              "national-team"
            ],
            "basis": [
              {
                "kind": "seed",
                "responsibility": "RT3",
                "quote": "lead quarterly monitoring and assurance of Alliance performance",
                "roles": [
                  "regional-team"
                ]
              },
              {
                "kind": "seed",
                "responsibility": "JW2",
                "quote": "the national team and regional teams will work together to assure and monitor progress of Cancer Alliance delivery",
                "roles": [
                  "national-team",
                  "regional-team"
                ]
              },
              {
                "kind": "seed",
                "responsibility": "RD0",
                "quote": "They will enable, monitor and assure Cancer Alliance delivery of the Long Term Plan priorities",
                "roles": [
                  "regional-director"
                ]
              }
            ]
          },
          "actionsProposedBy": {
            "roles": [
              "regional-team",
              "regional-director"
            ],
            "basis": [
              {
                "kind": "seed",
                "responsibility": "RT3",
                "quote": "propose actions where Alliances are not delivering against their funding agreement (including holding back funding)",
                "roles": [
                  "regional-team"
                ]
              },
              {
                "kind": "inferred",
                "responsibilities": [
                  "RD0",
                  "RT3"
                ],
                "sources": [],
                "note": "The Regional Director, who heads the regional team and assures alliance delivery, may propose for it.",
                "roles": [
                  "regional-director"
                ]
              }
            ]
          },
          "actionsWhere": {
            "assessments": [
              "not-delivering"
            ],
            "basis": [
              {
                "kind": "seed",
                "responsibility": "RT3",
                "quote": "propose actions where Alliances are not delivering against their funding agreement"
              },
              {
                "kind": "inferred",
                "responsibilities": [
                  "ACC3"
                ],
                "sources": [],
                "note": "The latest review of the quarter must have found the alliance not delivering. The CDG's own statement speaks of agreeing actions \"to tackle any delivery risks\" (ACC3); a rule set that lets actions follow an \"at-risk\" finding lists it here."
              }
            ]
          },
          "actionsAgreedBy": {
            "roles": [
              "cancer-delivery-group"
            ],
            "basis": [
              {
                "kind": "seed",
                "responsibility": "ACC3",
                "quote": "the Cancer Delivery Group (CDG) agrees actions to be taken to tackle any delivery risks, including holding back funding"
              }
            ]
          },
          "fundingHeldBackBy": {
            "roles": "any",
            "basis": [
              {
                "kind": "assumption",
                "note": "The paper says the CDG agrees holding back funding (ACC3) but not who applies an agreed hold, so any role of the rule set may record that it has been applied (a restriction would be ours)."
              }
            ]
          }
        }
      } as const satisfies RuleSetInput,
      // The value is the schema's own output (validated by the generator; re-checked by a test), so it carries the brands.
    ) as unknown as RuleSet,
);
