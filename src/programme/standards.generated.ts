// generated from framework-data/standards.yaml; do not edit; run npm run generate (.ci/generate-programme.ts)
import { deepFreeze } from '../internal/freeze.js';
import { lazy } from '../internal/lazy.js';
import type { StandardsData, StandardsDataInput } from './schema.js';

/**
 * The cancer waiting-time standards, targets and ambitions of framework-data/standards.yaml, validated at build time;
 * made and frozen on first use, so that importing the package does neither.
 */
export const standardsData = /* @__PURE__ */ lazy(
  (): StandardsData =>
    deepFreeze(
      {
        "title": "Cancer waiting-time standards, national targets and ambitions for England",
        "asAt": "2026-12-04",
        "coverageFrom": "2019-04-01",
        "sources": [
          {
            "id": "nel-cwt-2023",
            "title": "North East London Cancer Alliance, \"Modernising cancer waiting times standards - information for healthcare professionals\"",
            "url": "https://www.nelcanceralliance.nhs.uk/modernising-cancer-waiting-times-standards-information-healthcare-professionals",
            "note": "\"From 1 October ... The NHS is moving from the 10 different standards in place now to three: Faster Diagnosis Standard ... (set at 75%); 31-day ... (set at 96%); 62-day ... (set at 85%) ... Removal of the Two Week Wait standard\"."
          },
          {
            "id": "nhse-access-standards",
            "title": "NHS England, \"Clinically-led review of NHS access standards - cancer\"",
            "url": "https://www.england.nhs.uk/clinically-led-review-nhs-access-standards/cancer/",
            "note": "From 1 October 2023 the NHS moved from ten cancer waiting-time standards to three."
          },
          {
            "id": "tecowling-standards",
            "title": "T. E. Cowling, \"Policy - current standards\" (secondary)",
            "url": "https://tecowling.quarto.pub/policy-current-standards.html",
            "note": "\"'two week wait' standard, which specified that at least 93% of patients ... was retired\"; the Faster Diagnosis Standard \"was first introduced in 2021, with an objective of 75%\"; \"using 96% for all treatment options included in the 31-day standard\"."
          },
          {
            "id": "commons-library-2015",
            "title": "House of Commons Library, \"Cancer waiting times for diagnosis and treatment\" (SN/SG/7043, 2015; a copy)",
            "url": "https://pdfslide.net/documents/cancer-waiting-times-for-diagnosis-and-treatm-waiting-times-for-diagnosis-and-treatment.html",
            "note": "\"the target for 85% of these patients to be treated within two months of GP referral\"; \"within the standard for 93%\"."
          },
          {
            "id": "eoe-cwt",
            "title": "East of England Cancer Alliance, \"Cancer waiting times\"",
            "url": "https://www.canceralliance.co.uk/professionals/early-diagnosis/cancer-waiting-times",
            "note": "The Faster Diagnosis Standard has been reported by trusts since October 2021."
          },
          {
            "id": "action-kidney-2024",
            "title": "Action Kidney Cancer, \"NHS England Cancer Programme progress update, Spring 2024\" (secondary summary)",
            "url": "https://actionkidneycancer.org/nhs-england-cancer-programme-progress-update-spring-2024/",
            "note": "The 2023/24 targets (Faster Diagnosis Standard 75% by March 2024, and the 62-day backlog) were met by March 2024."
          },
          {
            "id": "tecowling-planning",
            "title": "T. E. Cowling, \"Policy - planning guidance\" (secondary summary of NHS England planning guidance)",
            "url": "https://tecowling.quarto.pub/policy-planning-guidance.html",
            "note": "2024/25 guidance, Faster Diagnosis Standard 77% by March 2025 \"towards the 80% ambition by March 2026\", 62-day 70% by March 2025; \"The three priorities were similar in 2023-24 guidance\"."
          },
          {
            "id": "nhse-alliances-page",
            "title": "NHS England, \"Cancer Alliances - improving care locally\"",
            "url": "https://www.england.nhs.uk/cancer/cancer-alliances-improving-care-locally",
            "note": "\"meeting both of the March 2025 targets ... 77% for the Faster Diagnosis 28-day Standard and 70% for the 62-day standard\"."
          },
          {
            "id": "hcm-fds-80",
            "title": "Healthcare Management, \"Government makes progress on cancer diagnosis target\" (secondary)",
            "url": "https://www.healthcare-management.uk/government-makes-progress-cancer-diagnosis-target",
            "note": "\"target of 80% ... by March 2026 ... set out in operational guidance on 30 January\"."
          },
          {
            "id": "pq-hl4886",
            "title": "UK Parliament, written question HL4886, \"Cancer: health services\"",
            "url": "https://parallelparliament.co.uk/question/HL4886/cancer-health-services",
            "note": "The Faster Diagnosis Standard target of 80% by March 2026."
          },
          {
            "id": "lbc-62-day-2026",
            "title": "LBC, \"More survive cancer plan ten years\" (3 February 2026; secondary)",
            "url": "https://www.lbc.co.uk/article/more-survive-cancer-plan-ten-years-5HjdRnm_2/",
            "note": "62-day standard: \"an interim target of 75 per cent by March 2026\"."
          },
          {
            "id": "nhse-guidance-2025-26",
            "title": "NHS England, \"2025/26 priorities and operational planning guidance\" (30 January 2025)",
            "url": "https://www.england.nhs.uk/long-read/2025-26-priorities-and-operational-planning-guidance/",
            "note": "Its cancer section was not retrieved; the 2025/26 figures rest on the reports of it cited with them."
          },
          {
            "id": "nhse-mtpf-2025",
            "title": "NHS England, \"Radical NHS reset to give patients faster care\" (October 2025), on the Medium Term Planning Framework",
            "url": "https://www.england.nhs.uk/2025/10/radical-nhs-reset-to-give-patients-faster-care",
            "note": "\"It will ensure 85% of people with a cancer diagnosis receive their first treatment within 2 months of a referral ... 96% of patients will begin treatment within one [month] of a cancer diagnosis by 2028/29.\" Its milestones for 2026/27 were not found."
          },
          {
            "id": "wms-ncp-2026",
            "title": "Written ministerial statement, \"National Cancer Plan\" (Ashley Dalton, 4 February 2026)",
            "url": "https://www.parallelparliament.co.uk/mp/ashley-dalton/debate/2026-02-04/commons/written-statements/national-cancer-plan",
            "note": "\"The national cancer plan is published today, World Cancer Day.\" \"By March 2029, 80% of patients getting a diagnosis or all-clear within 28 days ... (faster diagnosis standard), 85% ... within 62 days of referral, and 96% ... within 31 days of a decision to treat\"; \"our goal of 75% of people surviving cancer for five years or more by 2035\"."
          },
          {
            "id": "ncp-2026",
            "title": "The National Cancer Plan for England: delivering world class cancer care (February 2026)",
            "url": "https://assets.publishing.service.gov.uk/media/698315a35a7e802e96d343a4/national-cancer-plan-for-england-delivering-world-class-cancer-care.pdf"
          },
          {
            "id": "nhse-cancer-strategy",
            "title": "NHS England, \"Cancer: strategy\" (the Long Term Plan's cancer ambitions)",
            "url": "https://www.england.nhs.uk/cancer/strategy/",
            "note": "\"by 2028, the proportion of cancers diagnosed at stages 1 and 2 will rise from around half now to three-quarters of cancer patients\"."
          },
          {
            "id": "ltp-date",
            "title": "George Eustice MP, \"World Cancer Day\" (secondary)",
            "url": "https://www.georgeeustice.org.uk/world-cancer-day",
            "note": "\"This is part of the NHS Long Term Plan, published in January 2019\"."
          }
        ],
        "measures": [
          {
            "id": "fds-28-day",
            "name": "Faster Diagnosis Standard",
            "definition": "The share of people told they have cancer, or that cancer is ruled out, within 28 days of an urgent suspected cancer referral, a screening referral or a breast-symptomatic referral.",
            "unit": "%",
            "notes": [
              "Reported by trusts since October 2021; one of the three cancer waiting-time standards from 1 October 2023."
            ]
          },
          {
            "id": "62-day",
            "name": "62-day standard",
            "definition": "The share of people who start their first cancer treatment within 62 days of referral.",
            "unit": "%",
            "notes": [
              "To 30 September 2023: from an urgent GP referral (the 62-day GP standard, one of several 62-day sub-standards).",
              "From 1 October 2023: one combined standard, from an urgent suspected cancer referral, a screening referral or a consultant upgrade."
            ]
          },
          {
            "id": "31-day",
            "name": "31-day standard",
            "definition": "The share of people who start cancer treatment within 31 days of the decision to treat.",
            "unit": "%",
            "notes": [
              "To 30 September 2023: first treatment (96%) and sub-standards for subsequent treatments, whose thresholds were not retrieved.",
              "From 1 October 2023: one combined standard for first and subsequent treatments."
            ]
          },
          {
            "id": "two-week-wait",
            "name": "Two Week Wait",
            "definition": "The share of people seen for a first outpatient appointment within 14 days of an urgent suspected cancer referral.",
            "unit": "%",
            "notes": [
              "Retired on 1 October 2023."
            ]
          },
          {
            "id": "early-diagnosis",
            "name": "Diagnosed at stage 1 or 2",
            "definition": "The share of cancers diagnosed at stage 1 or 2.",
            "unit": "%",
            "notes": []
          },
          {
            "id": "five-year-survival",
            "name": "Five-year survival",
            "definition": "The share of people with cancer who survive five years or more after diagnosis (the National Cancer Plan says \"cancer-free or living well\").",
            "unit": "%",
            "notes": []
          }
        ],
        "standards": [
          {
            "id": "two-week-wait-93",
            "measure": "two-week-wait",
            "kind": "standard",
            "threshold": 93,
            "validTo": "2023-09-30",
            "setBy": "NHS cancer waiting-time standards (the Two Week Wait standard)",
            "quote": "\"two week wait\" standard, which specified that at least 93% of patients ... was retired",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "verified"
            },
            "sources": {
              "value": [
                "tecowling-standards",
                "commons-library-2015"
              ],
              "period": [
                "nel-cwt-2023"
              ]
            }
          },
          {
            "id": "62-day-85-gp",
            "measure": "62-day",
            "kind": "standard",
            "threshold": 85,
            "validTo": "2023-09-30",
            "setBy": "NHS cancer waiting-time standards (62 days from an urgent GP referral to first treatment)",
            "quote": "the target for 85% of these patients to be treated within two months of GP referral",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "verified"
            },
            "sources": {
              "value": [
                "commons-library-2015"
              ],
              "period": [
                "nel-cwt-2023",
                "nhse-access-standards"
              ]
            }
          },
          {
            "id": "31-day-96-first",
            "measure": "31-day",
            "kind": "standard",
            "threshold": 96,
            "validTo": "2023-09-30",
            "setBy": "NHS cancer waiting-time standards (31 days from decision to treat to first treatment)",
            "quote": "using 96% for all treatment options included in the 31-day standard",
            "notes": [
              "The sub-standards for subsequent treatments (94% and 98% are often quoted) were not retrieved and are not recorded."
            ],
            "certainty": {
              "value": "verified",
              "period": "verified"
            },
            "sources": {
              "value": [
                "tecowling-standards"
              ],
              "period": [
                "nel-cwt-2023"
              ]
            }
          },
          {
            "id": "fds-75",
            "measure": "fds-28-day",
            "kind": "standard",
            "threshold": 75,
            "validFrom": "2021-10-01",
            "setBy": "NHS cancer waiting-time standards (the 28-day Faster Diagnosis Standard)",
            "quote": "Faster Diagnosis Standard ... (set at 75%)",
            "notes": [
              "\"First introduced in 2021, with an objective of 75%\" and reported since October 2021; one of the three standards from 1 October 2023. That it applied from 1 October 2021 is inferred from the start of reporting."
            ],
            "certainty": {
              "value": "verified",
              "period": "inferred"
            },
            "sources": {
              "value": [
                "nel-cwt-2023",
                "tecowling-standards"
              ],
              "period": [
                "eoe-cwt",
                "tecowling-standards"
              ]
            }
          },
          {
            "id": "62-day-85",
            "measure": "62-day",
            "kind": "standard",
            "threshold": 85,
            "validFrom": "2023-10-01",
            "setBy": "NHS cancer waiting-time standards (the combined 62-day standard)",
            "quote": "62-day ... (set at 85%)",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "verified"
            },
            "sources": {
              "value": [
                "nel-cwt-2023"
              ],
              "period": [
                "nel-cwt-2023",
                "nhse-access-standards"
              ]
            }
          },
          {
            "id": "31-day-96",
            "measure": "31-day",
            "kind": "standard",
            "threshold": 96,
            "validFrom": "2023-10-01",
            "setBy": "NHS cancer waiting-time standards (the combined 31-day standard)",
            "quote": "31-day ... (set at 96%)",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "verified"
            },
            "sources": {
              "value": [
                "nel-cwt-2023"
              ],
              "period": [
                "nel-cwt-2023",
                "nhse-access-standards"
              ]
            }
          },
          {
            "id": "fds-75-by-march-2024",
            "measure": "fds-28-day",
            "kind": "target",
            "threshold": 75,
            "validFrom": "2023-04-01",
            "validTo": "2024-03-31",
            "deadline": "2024-03-31",
            "deadlineText": "by March 2024",
            "setBy": "2023/24 priorities and operational planning guidance",
            "quote": "Faster Diagnosis Standard 75% by March 2024",
            "notes": [
              "The guidance's own wording was not retrieved; its 62-day aim was to reduce the backlog of people waiting more than 62 days",
              "not a share",
              "so it is not recorded here."
            ],
            "certainty": {
              "value": "verified",
              "period": "inferred"
            },
            "sources": {
              "value": [
                "action-kidney-2024",
                "tecowling-planning"
              ],
              "period": [
                "tecowling-planning"
              ]
            }
          },
          {
            "id": "fds-77-by-march-2025",
            "measure": "fds-28-day",
            "kind": "target",
            "threshold": 77,
            "validFrom": "2024-04-01",
            "validTo": "2025-03-31",
            "deadline": "2025-03-31",
            "deadlineText": "by March 2025",
            "setBy": "2024/25 priorities and operational planning guidance",
            "quote": "77% for the Faster Diagnosis 28-day Standard",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "inferred"
            },
            "sources": {
              "value": [
                "nhse-alliances-page",
                "tecowling-planning"
              ],
              "period": [
                "tecowling-planning"
              ]
            }
          },
          {
            "id": "62-day-70-by-march-2025",
            "measure": "62-day",
            "kind": "target",
            "threshold": 70,
            "validFrom": "2024-04-01",
            "validTo": "2025-03-31",
            "deadline": "2025-03-31",
            "deadlineText": "by March 2025",
            "setBy": "2024/25 priorities and operational planning guidance",
            "quote": "70% for the 62-day standard",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "inferred"
            },
            "sources": {
              "value": [
                "nhse-alliances-page",
                "tecowling-planning"
              ],
              "period": [
                "tecowling-planning"
              ]
            }
          },
          {
            "id": "fds-80-by-march-2026",
            "measure": "fds-28-day",
            "kind": "target",
            "threshold": 80,
            "validFrom": "2025-04-01",
            "validTo": "2026-03-31",
            "deadline": "2026-03-31",
            "deadlineText": "by March 2026",
            "setBy": "2025/26 priorities and operational planning guidance",
            "quote": "target of 80% ... by March 2026 ... set out in operational guidance on 30 January",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "inferred"
            },
            "sources": {
              "value": [
                "hcm-fds-80",
                "pq-hl4886"
              ],
              "period": [
                "hcm-fds-80",
                "nhse-guidance-2025-26"
              ]
            }
          },
          {
            "id": "62-day-75-by-march-2026",
            "measure": "62-day",
            "kind": "target",
            "threshold": 75,
            "validFrom": "2025-04-01",
            "validTo": "2026-03-31",
            "deadline": "2026-03-31",
            "deadlineText": "by March 2026",
            "setBy": "2025/26 priorities and operational planning guidance",
            "quote": "an interim target of 75 per cent by March 2026",
            "notes": [
              "Read in press reports of the guidance; the guidance's cancer section was not retrieved."
            ],
            "certainty": {
              "value": "verified",
              "period": "inferred"
            },
            "sources": {
              "value": [
                "lbc-62-day-2026"
              ],
              "period": [
                "nhse-guidance-2025-26"
              ]
            }
          },
          {
            "id": "62-day-85-by-2028-29",
            "measure": "62-day",
            "kind": "target",
            "threshold": 85,
            "validFrom": "2026-04-01",
            "validTo": "2029-03-31",
            "deadline": "2029-03-31",
            "deadlineText": "by 2028/29",
            "setBy": "Medium Term Planning Framework, \"Delivering change together\" (October 2025)",
            "quote": "It will ensure 85% of people with a cancer diagnosis receive their first treatment within 2 months of a referral",
            "notes": [
              "The framework covers 2026/27 to 2028/29 (inferred); its milestones for March 2027 were not found."
            ],
            "certainty": {
              "value": "verified",
              "period": "inferred"
            },
            "sources": {
              "value": [
                "nhse-mtpf-2025"
              ],
              "period": [
                "nhse-mtpf-2025"
              ]
            }
          },
          {
            "id": "31-day-96-by-2028-29",
            "measure": "31-day",
            "kind": "target",
            "threshold": 96,
            "validFrom": "2026-04-01",
            "validTo": "2029-03-31",
            "deadline": "2029-03-31",
            "deadlineText": "by 2028/29",
            "setBy": "Medium Term Planning Framework, \"Delivering change together\" (October 2025)",
            "quote": "96% of patients will begin treatment within one [month] of a cancer diagnosis by 2028/29",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "inferred"
            },
            "sources": {
              "value": [
                "nhse-mtpf-2025"
              ],
              "period": [
                "nhse-mtpf-2025"
              ]
            }
          },
          {
            "id": "fds-80-by-march-2029",
            "measure": "fds-28-day",
            "kind": "target",
            "threshold": 80,
            "validFrom": "2026-02-04",
            "validTo": "2029-03-31",
            "deadline": "2029-03-31",
            "deadlineText": "by March 2029",
            "setBy": "National Cancer Plan for England (4 February 2026)",
            "quote": "By March 2029, 80% of patients getting a diagnosis or all-clear within 28 days",
            "notes": [
              "Above the 75% of the standard itself",
              "which stays in force."
            ],
            "certainty": {
              "value": "verified",
              "period": "verified"
            },
            "sources": {
              "value": [
                "wms-ncp-2026",
                "ncp-2026"
              ],
              "period": [
                "wms-ncp-2026"
              ]
            }
          },
          {
            "id": "62-day-85-by-march-2029",
            "measure": "62-day",
            "kind": "target",
            "threshold": 85,
            "validFrom": "2026-02-04",
            "validTo": "2029-03-31",
            "deadline": "2029-03-31",
            "deadlineText": "by March 2029",
            "setBy": "National Cancer Plan for England (4 February 2026)",
            "quote": "85% ... within 62 days of referral",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "verified"
            },
            "sources": {
              "value": [
                "wms-ncp-2026",
                "ncp-2026"
              ],
              "period": [
                "wms-ncp-2026"
              ]
            }
          },
          {
            "id": "31-day-96-by-march-2029",
            "measure": "31-day",
            "kind": "target",
            "threshold": 96,
            "validFrom": "2026-02-04",
            "validTo": "2029-03-31",
            "deadline": "2029-03-31",
            "deadlineText": "by March 2029",
            "setBy": "National Cancer Plan for England (4 February 2026)",
            "quote": "96% ... within 31 days of a decision to treat",
            "notes": [],
            "certainty": {
              "value": "verified",
              "period": "verified"
            },
            "sources": {
              "value": [
                "wms-ncp-2026",
                "ncp-2026"
              ],
              "period": [
                "wms-ncp-2026"
              ]
            }
          },
          {
            "id": "early-diagnosis-75-by-2028",
            "measure": "early-diagnosis",
            "kind": "ambition",
            "threshold": 75,
            "validTo": "2028-12-31",
            "deadline": "2028-12-31",
            "deadlineText": "by 2028",
            "setBy": "NHS Long Term Plan (January 2019)",
            "quote": "by 2028, the proportion of cancers diagnosed at stages 1 and 2 will rise from around half now to three-quarters of cancer patients",
            "notes": [
              "Set in January 2019",
              "before the data begins; that it lapses at the end of 2028 is inferred from \"by 2028\"."
            ],
            "certainty": {
              "value": "verified",
              "period": "inferred"
            },
            "sources": {
              "value": [
                "nhse-cancer-strategy"
              ],
              "period": [
                "nhse-cancer-strategy",
                "ltp-date"
              ]
            }
          },
          {
            "id": "five-year-survival-75-from-2035",
            "measure": "five-year-survival",
            "kind": "ambition",
            "threshold": 75,
            "validFrom": "2026-02-04",
            "deadlineText": "for people diagnosed from 2035",
            "setBy": "National Cancer Plan for England (4 February 2026)",
            "quote": "our goal of 75% of people surviving cancer for five years or more by 2035",
            "notes": [
              "The written statement says \"by 2035\"; other reports of the plan say \"diagnosed from 2035\". The cohort is recorded as the plan's reports put it; the words quoted are the statement's."
            ],
            "certainty": {
              "value": "verified",
              "period": "verified"
            },
            "sources": {
              "value": [
                "wms-ncp-2026"
              ],
              "period": [
                "wms-ncp-2026"
              ]
            }
          }
        ]
      } as const satisfies StandardsDataInput,
      // The value is the schema's own output (validated by the generator; re-checked by a test), so it carries the brands.
    ) as unknown as StandardsData,
);

/** The ids of the measures alone, so that checking an outcome series' measure leaves the rest of the data out. */
export const measureIds = /* @__PURE__ */ lazy((): readonly string[] => deepFreeze(["fds-28-day","62-day","31-day","two-week-wait","early-diagnosis","five-year-survival"]));
