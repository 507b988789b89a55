// generated from framework-data/organisations.yaml; do not edit; run npm run generate (.ci/generate-programme.ts)
import { deepFreeze } from '../internal/freeze.js';
import { lazy } from '../internal/lazy.js';
import type { OrganisationsData, OrganisationsDataInput } from './schema.js';

/**
 * The regions, ICBs and Cancer Alliances of framework-data/organisations.yaml, validated at build time;
 * made and frozen on first use, so that importing the package does neither.
 */
export const organisationsData = /* @__PURE__ */ lazy(
  (): OrganisationsData =>
    deepFreeze(
      {
        "title": "NHS England regions, Integrated Care Boards and Cancer Alliances",
        "asAt": "2025-12-31",
        "sources": [
          {
            "id": "nel-history",
            "title": "North East London Cancer Alliance, \"History and role of the cancer alliance\"",
            "url": "https://www.nelcanceralliance.nhs.uk/history-and-role-cancer-alliance",
            "note": "\"Formed on 1 April 2020, we are one of 21 cancer alliances\"; each alliance must have a Chief Medical Officer, Board Chair and Managing Director."
          },
          {
            "id": "eoe-public",
            "title": "East of England Cancer Alliance, public pages",
            "url": "https://www.canceralliance.co.uk/public",
            "note": "The East of England had two alliances, North and South, \"created in 2020\"."
          },
          {
            "id": "eoe-south",
            "title": "East of England Cancer Alliance, South pages",
            "url": "https://www.canceralliance.co.uk/south"
          },
          {
            "id": "peninsula-move",
            "title": "Peninsula Cancer Alliance, \"The Peninsula Cancer Alliance has moved organisations\"",
            "url": "https://peninsulacanceralliance.nhs.uk/the-peninsula-cancer-alliance-has-moved-organisations/",
            "note": "In April 2024 alliance hosting moved out of NHS England, \"regularising the position for all 21 cancer alliances\"."
          },
          {
            "id": "ons-cal24",
            "title": "ONS \"Cancer Alliance names and codes EN as at 04_24\" (CAL24), via ideal-postcodes/postcodes.io data/cancer_alliances.json",
            "url": "https://github.com/ideal-postcodes/postcodes.io",
            "note": "20 areas, with one \"East of England\" (E56000035); file data/cancer_alliances.json at commit 2cb312a (December 2025)."
          },
          {
            "id": "postcodes-io-docs",
            "title": "postcodes.io API documentation (example response)",
            "url": "https://github.com/ideal-postcodes/postcodes.io",
            "note": "Shows E56000009 for \"RM Partners (West London)\", an older vintage than CAL24."
          },
          {
            "id": "ons-cal-boundaries",
            "title": "ONS Cancer Alliance boundaries (February 2017, April 2020, July 2023 vintages)",
            "url": "https://services1.arcgis.com/ESMARspQHYMw9BZ9/ArcGIS/rest/services/Cancer_Alliances_(February_2017)_UGCB_in_England/MapServer/0",
            "note": "CAL21/CAL23 name East of England - North and East of England - South."
          },
          {
            "id": "trust-lookup",
            "title": "Public trust to cancer alliance to ICB to region lookup (Streamlit app code; repository not identified)",
            "note": "Maps trusts, not whole ICBs, so ICB membership drawn from it is partly inferred."
          },
          {
            "id": "eoe-split-script",
            "title": "Public analysis script rebuilding East of England North and South from ICB data (repository not identified)",
            "note": "NDRS stage data treats East of England as one alliance; the script splits it by ICB."
          },
          {
            "id": "tecowling-planning",
            "title": "T. E. Cowling, \"Policy - planning guidance\" (secondary summary of NHS England planning guidance)",
            "url": "https://tecowling.quarto.pub/policy-planning-guidance.html",
            "note": "\"20 Cancer Alliances lead the local delivery\" (2024-25)."
          },
          {
            "id": "midlands-alliances",
            "title": "NHS England Midlands, Cancer Alliances",
            "url": "https://www.england.nhs.uk/midlands/cancer-alliances/",
            "note": "\"There are two cancer alliances in the Midlands region\"."
          },
          {
            "id": "wessex-governance",
            "title": "Wessex Cancer Alliance, funding and governance",
            "url": "https://www.england.nhs.uk/south-east/cancer-alliances/wessex/about-us/funding-and-governance/",
            "note": "Hosted under NHS England South East; accountable through the regional cancer programmes of the South East and South West."
          },
          {
            "id": "cm-governance",
            "title": "Cheshire and Merseyside Cancer Alliance, governance",
            "url": "https://cmcanceralliance.nhs.uk/about/governance",
            "note": "Board established January 2017; hosted by The Clatterbridge Cancer Centre NHS FT."
          },
          {
            "id": "swag-about",
            "title": "SWAG Cancer Alliance, \"What is SWAG Cancer Alliance?\"",
            "url": "https://www.swagcanceralliance.nhs.uk/about-us/what-is-swag-cancer-alliance/"
          },
          {
            "id": "rcpch-regions",
            "title": "rcpch/rcpch-audit-engine, epilepsy12/constants/nhs_england_regions.py (HEAD 9e95f0f, October 2024)",
            "url": "https://github.com/rcpch/rcpch-audit-engine",
            "note": "ONS and ODS code pairs of the seven NHS England regions."
          },
          {
            "id": "postcodes-io-regions",
            "title": "ONS \"NHSER NHS England Region names and codes EN as at 04_24\", via ideal-postcodes/postcodes.io data/nhs_regions.json",
            "url": "https://github.com/ideal-postcodes/postcodes.io"
          },
          {
            "id": "region-code-mappings",
            "title": "Public code mapping old to new NHS England region codes (a dental-statistics R pipeline and a Django migration; repositories not identified)"
          },
          {
            "id": "rcpch-icbs",
            "title": "rcpch/rcpch-audit-engine, epilepsy12/constants/integrated_care_boards.py (HEAD 9e95f0f)",
            "url": "https://github.com/rcpch/rcpch-audit-engine",
            "note": "INTEGRATED_CARE_BOARDS (ODS, GSS, name) and region membership; \"There are 42 integrated care boards\"."
          },
          {
            "id": "postcodes-io-icb",
            "title": "ONS \"ICB Integrated Care Board names and codes UK as at 04_23\", via ideal-postcodes/postcodes.io data/icb.json",
            "url": "https://github.com/ideal-postcodes/postcodes.io"
          },
          {
            "id": "kings-fund-icbs",
            "title": "The King's Fund, \"The first days of statutory integrated care systems\"",
            "url": "https://www.kingsfund.org.uk/insight-and-analysis/long-reads/first-days-statutory-integrated-care-systems",
            "note": "\"There are 42 of them in England\"."
          },
          {
            "id": "background",
            "title": "Background knowledge, not checked against a source in this project's research",
            "note": "Facts resting only on this are marked unverified."
          }
        ],
        "regions": [
          {
            "id": "Y56",
            "name": "London",
            "onsCodes": {
              "NHSER21": "E40000003",
              "NHSER24": "E40000003"
            },
            "validFrom": "2019-04-01",
            "notes": [
              "The NHSER21 code stayed in use to NHSER23."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "Y59",
            "name": "South East",
            "onsCodes": {
              "NHSER21": "E40000005",
              "NHSER24": "E40000005"
            },
            "validFrom": "2019-04-01",
            "notes": [
              "The NHSER21 code stayed in use to NHSER23."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "Y58",
            "name": "South West",
            "onsCodes": {
              "NHSER21": "E40000006",
              "NHSER24": "E40000006"
            },
            "validFrom": "2019-04-01",
            "notes": [
              "The NHSER21 code stayed in use to NHSER23."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "Y61",
            "name": "East of England",
            "onsCodes": {
              "NHSER21": "E40000007",
              "NHSER24": "E40000013"
            },
            "validFrom": "2019-04-01",
            "notes": [
              "The NHSER21 code stayed in use to NHSER23.",
              "NHSER24 recodes East of England to E40000013; the reason (presumably a boundary change) was not found."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.reason": "not-found",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "onsCodes.reason": [],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "Y62",
            "name": "North West",
            "onsCodes": {
              "NHSER21": "E40000010",
              "NHSER24": "E40000014"
            },
            "validFrom": "2019-04-01",
            "notes": [
              "The NHSER21 code stayed in use to NHSER23.",
              "NHSER24 recodes North West to E40000014; the reason (presumably a boundary change) was not found."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.reason": "not-found",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "onsCodes.reason": [],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "Y60",
            "name": "Midlands",
            "onsCodes": {
              "NHSER20": "E40000008",
              "NHSER21": "E40000011",
              "NHSER24": "E40000011"
            },
            "validFrom": "2019-04-01",
            "notes": [
              "The NHSER21 code stayed in use to NHSER23.",
              "E40000008 is the pre-2021 code; labelling its vintage NHSER20 is inferred."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.NHSER20": "inferred",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "onsCodes.NHSER20": [
                "region-code-mappings"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "Y63",
            "name": "North East and Yorkshire",
            "onsCodes": {
              "NHSER20": "E40000009",
              "NHSER21": "E40000012",
              "NHSER24": "E40000012"
            },
            "validFrom": "2019-04-01",
            "notes": [
              "The NHSER21 code stayed in use to NHSER23.",
              "E40000009 is the pre-2021 code; labelling its vintage NHSER20 is inferred."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.NHSER20": "inferred",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "onsCodes.NHSER20": [
                "region-code-mappings"
              ],
              "validity": [
                "background"
              ]
            }
          }
        ],
        "icbs": [
          {
            "id": "QHM",
            "name": "North East and North Cumbria",
            "regionId": "Y63",
            "onsCodes": {
              "ICB23": "E54000050"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QOQ",
            "name": "Humber and North Yorkshire",
            "regionId": "Y63",
            "onsCodes": {
              "ICB23": "E54000051"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QWO",
            "name": "West Yorkshire",
            "regionId": "Y63",
            "onsCodes": {
              "ICB23": "E54000054"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QF7",
            "name": "South Yorkshire",
            "regionId": "Y63",
            "onsCodes": {
              "ICB23": "E54000061"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QYG",
            "name": "Cheshire and Merseyside",
            "regionId": "Y62",
            "onsCodes": {
              "ICB23": "E54000008"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QOP",
            "name": "Greater Manchester",
            "regionId": "Y62",
            "onsCodes": {
              "ICB23": "E54000057"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QE1",
            "name": "Lancashire and South Cumbria",
            "regionId": "Y62",
            "onsCodes": {
              "ICB23": "E54000048"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QHL",
            "name": "Birmingham and Solihull",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000055"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QUA",
            "name": "Black Country",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000062"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QWU",
            "name": "Coventry and Warwickshire",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000018"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QGH",
            "name": "Herefordshire and Worcestershire",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000019"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QOC",
            "name": "Shropshire, Telford and Wrekin",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000011"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QNC",
            "name": "Staffordshire and Stoke-on-Trent",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000010"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QJ2",
            "name": "Derby and Derbyshire",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000058"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QT1",
            "name": "Nottingham and Nottinghamshire",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000060"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QK1",
            "name": "Leicester, Leicestershire and Rutland",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000015"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QJM",
            "name": "Lincolnshire",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000013"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QPM",
            "name": "Northamptonshire",
            "regionId": "Y60",
            "onsCodes": {
              "ICB23": "E54000059"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QUE",
            "name": "Cambridgeshire and Peterborough",
            "regionId": "Y61",
            "onsCodes": {
              "ICB23": "E54000056"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QMM",
            "name": "Norfolk and Waveney",
            "regionId": "Y61",
            "onsCodes": {
              "ICB23": "E54000022"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QJG",
            "name": "Suffolk and North East Essex",
            "regionId": "Y61",
            "onsCodes": {
              "ICB23": "E54000023"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QHG",
            "name": "Bedfordshire, Luton and Milton Keynes",
            "regionId": "Y61",
            "onsCodes": {
              "ICB23": "E54000024"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QM7",
            "name": "Hertfordshire and West Essex",
            "regionId": "Y61",
            "onsCodes": {
              "ICB23": "E54000025"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QH8",
            "name": "Mid and South Essex",
            "regionId": "Y61",
            "onsCodes": {
              "ICB23": "E54000026"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QRV",
            "name": "North West London",
            "regionId": "Y56",
            "onsCodes": {
              "ICB23": "E54000027"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QMJ",
            "name": "North Central London",
            "regionId": "Y56",
            "onsCodes": {
              "ICB23": "E54000028"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QMF",
            "name": "North East London",
            "regionId": "Y56",
            "onsCodes": {
              "ICB23": "E54000029"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QKK",
            "name": "South East London",
            "regionId": "Y56",
            "onsCodes": {
              "ICB23": "E54000030"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QWE",
            "name": "South West London",
            "regionId": "Y56",
            "onsCodes": {
              "ICB23": "E54000031"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QKS",
            "name": "Kent and Medway",
            "regionId": "Y59",
            "onsCodes": {
              "ICB23": "E54000032"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QNQ",
            "name": "Frimley",
            "regionId": "Y59",
            "onsCodes": {
              "ICB23": "E54000034"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QRL",
            "name": "Hampshire and Isle of Wight",
            "regionId": "Y59",
            "onsCodes": {
              "ICB23": "E54000042"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QU9",
            "name": "Buckinghamshire, Oxfordshire and Berkshire West",
            "regionId": "Y59",
            "onsCodes": {
              "ICB23": "E54000044"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QXU",
            "name": "Surrey Heartlands",
            "regionId": "Y59",
            "onsCodes": {
              "ICB23": "E54000063"
            },
            "validFrom": "2022-07-01",
            "notes": [
              "An older table in the rcpch source gives E54000052 for this ICB; the ONS code changed with a boundary revision."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QNX",
            "name": "Sussex",
            "regionId": "Y59",
            "onsCodes": {
              "ICB23": "E54000064"
            },
            "validFrom": "2022-07-01",
            "notes": [
              "An older table in the rcpch source gives E54000053 for this ICB; the ONS code changed with a boundary revision."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QT6",
            "name": "Cornwall and the Isles of Scilly",
            "regionId": "Y58",
            "onsCodes": {
              "ICB23": "E54000036"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QJK",
            "name": "Devon",
            "regionId": "Y58",
            "onsCodes": {
              "ICB23": "E54000037"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QSL",
            "name": "Somerset",
            "regionId": "Y58",
            "onsCodes": {
              "ICB23": "E54000038"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QUY",
            "name": "Bristol, North Somerset and South Gloucestershire",
            "regionId": "Y58",
            "onsCodes": {
              "ICB23": "E54000039"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QOX",
            "name": "Bath and North East Somerset, Swindon and Wiltshire",
            "regionId": "Y58",
            "onsCodes": {
              "ICB23": "E54000040"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QVV",
            "name": "Dorset",
            "regionId": "Y58",
            "onsCodes": {
              "ICB23": "E54000041"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          },
          {
            "id": "QR1",
            "name": "Gloucestershire",
            "regionId": "Y58",
            "onsCodes": {
              "ICB23": "E54000043"
            },
            "validFrom": "2022-07-01",
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "onsCodes": "verified",
              "validity": "unverified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "background"
              ]
            }
          }
        ],
        "alliances": [
          {
            "id": "cheshire-and-merseyside",
            "name": "Cheshire and Merseyside Cancer Alliance",
            "onsNames": {
              "CAL24": "Cheshire and Merseyside"
            },
            "regionId": "Y62",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000005"
            },
            "members": [
              {
                "icbId": "QYG",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [
              "Hosted by The Clatterbridge Cancer Centre NHS FT; its board was established in January 2017."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24",
                "cm-governance"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history",
                "cm-governance"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "greater-manchester",
            "name": "Greater Manchester Cancer Alliance",
            "onsNames": {
              "CAL24": "Greater Manchester"
            },
            "regionId": "Y62",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000032"
            },
            "members": [
              {
                "icbId": "QOP",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "lancashire-and-south-cumbria",
            "name": "Lancashire and South Cumbria Cancer Alliance",
            "onsNames": {
              "CAL24": "Lancashire and South Cumbria"
            },
            "regionId": "Y62",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000018"
            },
            "members": [
              {
                "icbId": "QE1",
                "partial": false,
                "certainty": "inferred",
                "note": "The ICB pairing is inferred from the name."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "inferred"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "ons-cal24",
                "rcpch-icbs"
              ]
            }
          },
          {
            "id": "northern",
            "name": "Northern Cancer Alliance",
            "onsNames": {
              "CAL24": "Northern"
            },
            "regionId": "Y63",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000029"
            },
            "members": [
              {
                "icbId": "QHM",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "humber-and-north-yorkshire",
            "name": "Humber and North Yorkshire Cancer Alliance",
            "onsNames": {
              "CAL21": "Humber, Coast and Vale",
              "CAL24": "Humber and North Yorkshire"
            },
            "regionId": "Y63",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000026"
            },
            "members": [
              {
                "icbId": "QOQ",
                "partial": true,
                "certainty": "verified",
                "note": "All of the ICB except the Harrogate area, which is in West Yorkshire and Harrogate; the boundary detail is inferred."
              }
            ],
            "notes": [
              "Earlier (CAL21) name \"Humber",
              "Coast and Vale\"."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified",
              "members.boundary": "inferred"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ],
              "members.boundary": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "west-yorkshire-and-harrogate",
            "name": "West Yorkshire and Harrogate Cancer Alliance",
            "onsNames": {
              "CAL24": "West Yorkshire and Harrogate"
            },
            "regionId": "Y63",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000030"
            },
            "members": [
              {
                "icbId": "QWO",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QOQ",
                "partial": true,
                "certainty": "verified",
                "note": "The Harrogate area only: Harrogate and District NHS FT is in Humber and North Yorkshire ICB but in this alliance."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "south-yorkshire-and-bassetlaw",
            "name": "South Yorkshire and Bassetlaw Cancer Alliance",
            "onsNames": {
              "CAL24": "South Yorkshire and Bassetlaw"
            },
            "regionId": "Y63",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000025"
            },
            "members": [
              {
                "icbId": "QF7",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QT1",
                "partial": true,
                "certainty": "unverified",
                "note": "The Bassetlaw area only, now in Nottingham and Nottinghamshire ICB (Midlands region); taken from the alliance's name."
              }
            ],
            "notes": [
              "Bassetlaw lies in the Midlands region",
              "so this alliance's area crosses a regional boundary (unverified)."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "unverified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup",
                "ons-cal24"
              ]
            }
          },
          {
            "id": "west-midlands",
            "name": "West Midlands Cancer Alliance",
            "onsNames": {
              "CAL24": "West Midlands"
            },
            "regionId": "Y60",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000007"
            },
            "members": [
              {
                "icbId": "QUA",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QWU",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QNC",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QHL",
                "partial": false,
                "certainty": "unverified",
                "note": "Probably a member; no trust row seen."
              },
              {
                "icbId": "QGH",
                "partial": false,
                "certainty": "unverified",
                "note": "Probably a member; no trust row seen."
              },
              {
                "icbId": "QOC",
                "partial": false,
                "certainty": "unverified",
                "note": "Probably a member; no trust row seen."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "unverified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "midlands-alliances"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "east-midlands",
            "name": "East Midlands Cancer Alliance",
            "onsNames": {
              "CAL24": "East Midlands"
            },
            "regionId": "Y60",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000031"
            },
            "members": [
              {
                "icbId": "QJ2",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QT1",
                "partial": true,
                "certainty": "verified",
                "note": "All of the ICB except the Bassetlaw area (in South Yorkshire and Bassetlaw; unverified)."
              },
              {
                "icbId": "QK1",
                "partial": false,
                "certainty": "unverified",
                "note": "Probably a member; no trust row seen."
              },
              {
                "icbId": "QJM",
                "partial": false,
                "certainty": "unverified",
                "note": "Probably a member; no trust row seen."
              },
              {
                "icbId": "QPM",
                "partial": false,
                "certainty": "unverified",
                "note": "Probably a member; no trust row seen."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "unverified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "midlands-alliances"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "east-of-england-north",
            "name": "East of England - North Cancer Alliance",
            "onsNames": {
              "CAL21": "East of England - North",
              "CAL23": "East of England - North"
            },
            "regionId": "Y61",
            "validFrom": "2020-04-01",
            "validTo": "2024-03-31",
            "onsCodes": {},
            "members": [
              {
                "icbId": "QUE",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QMM",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QJG",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [
              "Its ONS (E56) code was not found.",
              "Ends with 2023/24: from April 2024 the ONS CAL24 geography has one East of England alliance. Whether NHS England formally merged the two alliances is unverified."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "validity.merger": "unverified",
              "onsCodes": "not-found",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal-boundaries"
              ],
              "region": [
                "eoe-public"
              ],
              "validity": [
                "eoe-public",
                "ons-cal24"
              ],
              "validity.merger": [
                "ons-cal24",
                "tecowling-planning"
              ],
              "onsCodes": [
                "ons-cal24",
                "ons-cal-boundaries"
              ],
              "members": [
                "eoe-split-script"
              ]
            }
          },
          {
            "id": "east-of-england-south",
            "name": "East of England - South Cancer Alliance",
            "onsNames": {
              "CAL21": "East of England - South",
              "CAL23": "East of England - South"
            },
            "regionId": "Y61",
            "validFrom": "2020-04-01",
            "validTo": "2024-03-31",
            "onsCodes": {},
            "members": [
              {
                "icbId": "QHG",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QM7",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QH8",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [
              "Its ONS (E56) code was not found.",
              "Ends with 2023/24: from April 2024 the ONS CAL24 geography has one East of England alliance. Whether NHS England formally merged the two alliances is unverified."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "validity.merger": "unverified",
              "onsCodes": "not-found",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal-boundaries"
              ],
              "region": [
                "eoe-public"
              ],
              "validity": [
                "eoe-public",
                "ons-cal24"
              ],
              "validity.merger": [
                "ons-cal24",
                "tecowling-planning"
              ],
              "onsCodes": [
                "ons-cal24",
                "ons-cal-boundaries"
              ],
              "members": [
                "eoe-split-script",
                "eoe-south"
              ]
            }
          },
          {
            "id": "east-of-england",
            "name": "East of England Cancer Alliance",
            "onsNames": {
              "CAL24": "East of England"
            },
            "regionId": "Y61",
            "validFrom": "2024-04-01",
            "onsCodes": {
              "CAL24": "E56000035"
            },
            "members": [
              {
                "icbId": "QUE",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QMM",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QJG",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QHG",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QM7",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QH8",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [
              "Replaces East of England - North and East of England - South from April 2024, giving 20 alliances; whether NHS England formally merged them is unverified."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "validity.merger": "unverified",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "eoe-public"
              ],
              "validity": [
                "ons-cal24",
                "tecowling-planning"
              ],
              "validity.merger": [
                "ons-cal24",
                "tecowling-planning"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "ons-cal24",
                "eoe-split-script"
              ]
            }
          },
          {
            "id": "north-central-london",
            "name": "North Central London Cancer Alliance",
            "onsNames": {
              "CAL24": "North Central London"
            },
            "regionId": "Y56",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000027"
            },
            "members": [
              {
                "icbId": "QMJ",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "north-east-london",
            "name": "North East London Cancer Alliance",
            "onsNames": {
              "CAL24": "North East London"
            },
            "regionId": "Y56",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000028"
            },
            "members": [
              {
                "icbId": "QMF",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [
              "\"Formed on 1 April 2020, we are one of 21 cancer alliances.\""
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "verified",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24",
                "nel-history"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "south-east-london",
            "name": "South East London Cancer Alliance",
            "onsNames": {
              "CAL24": "South East London"
            },
            "regionId": "Y56",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000010"
            },
            "members": [
              {
                "icbId": "QKK",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "rm-partners-west-london",
            "name": "RM Partners (West London Cancer Alliance)",
            "onsNames": {
              "CAL24": "West London"
            },
            "regionId": "Y56",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000021"
            },
            "members": [
              {
                "icbId": "QRV",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QWE",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [
              "Also labelled \"RM Partners West London\".",
              "The postcodes.io documentation shows E56000009 for \"RM Partners (West London)\" in an older vintage, which was not identified."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.older": "unverified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "onsCodes.older": [
                "postcodes-io-docs"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "kent-and-medway",
            "name": "Kent and Medway Cancer Alliance",
            "onsNames": {
              "CAL24": "Kent and Medway"
            },
            "regionId": "Y59",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000011"
            },
            "members": [
              {
                "icbId": "QKS",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "surrey-and-sussex",
            "name": "Surrey and Sussex Cancer Alliance",
            "onsNames": {
              "CAL24": "Surrey and Sussex"
            },
            "regionId": "Y59",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000012"
            },
            "members": [
              {
                "icbId": "QXU",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QNX",
                "partial": false,
                "certainty": "inferred",
                "note": "Inferred from the alliance's name."
              },
              {
                "icbId": "QNQ",
                "partial": true,
                "certainty": "unverified",
                "note": "The Surrey part of Frimley ICB (background knowledge); how Frimley ICB splits between Surrey and Sussex and Thames Valley is unverified."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "unverified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup",
                "background"
              ]
            }
          },
          {
            "id": "thames-valley",
            "name": "Thames Valley Cancer Alliance",
            "onsNames": {
              "CAL24": "Thames Valley"
            },
            "regionId": "Y59",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000034"
            },
            "members": [
              {
                "icbId": "QU9",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QNQ",
                "partial": true,
                "certainty": "verified",
                "note": "Frimley Health NHS FT maps to Thames Valley; how Frimley ICB splits between Thames Valley and Surrey and Sussex is unverified."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified",
              "members.frimley-split": "unverified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ],
              "members.frimley-split": []
            }
          },
          {
            "id": "wessex",
            "name": "Wessex Cancer Alliance",
            "onsNames": {
              "CAL24": "Wessex"
            },
            "regionId": "Y59",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000016"
            },
            "members": [
              {
                "icbId": "QRL",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QVV",
                "partial": false,
                "certainty": "verified",
                "note": "Dorset ICB is in the South West region."
              }
            ],
            "notes": [
              "Spans two regions: hosted under NHS England South East (its region here), and also covers Dorset in the South West.",
              "It is accountable through the NHS England regional cancer programmes of the South East and the South West."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "wessex-governance"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "wessex-governance"
              ]
            }
          },
          {
            "id": "peninsula",
            "name": "Peninsula Cancer Alliance",
            "onsNames": {
              "CAL24": "Peninsula"
            },
            "regionId": "Y58",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000014"
            },
            "members": [
              {
                "icbId": "QT6",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QJK",
                "partial": false,
                "certainty": "verified"
              }
            ],
            "notes": [
              "Hosted by University Hospitals Plymouth from April 2024."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "verified"
            },
            "sources": {
              "name": [
                "ons-cal24",
                "peninsula-move"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history",
                "peninsula-move"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          },
          {
            "id": "swag",
            "name": "Somerset, Wiltshire, Avon and Gloucestershire (SWAG) Cancer Alliance",
            "onsNames": {
              "CAL24": "Somerset, Wiltshire, Avon and Gloucestershire"
            },
            "regionId": "Y58",
            "validFrom": "2020-04-01",
            "onsCodes": {
              "CAL24": "E56000033"
            },
            "members": [
              {
                "icbId": "QSL",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QUY",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QOX",
                "partial": false,
                "certainty": "verified"
              },
              {
                "icbId": "QR1",
                "partial": false,
                "certainty": "inferred",
                "note": "Inferred from the alliance's name."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "members": "inferred"
            },
            "sources": {
              "name": [
                "ons-cal24",
                "swag-about"
              ],
              "region": [
                "trust-lookup"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "members": [
                "trust-lookup"
              ]
            }
          }
        ]
      } as const satisfies OrganisationsDataInput,
      // The value is the schema's own output (validated by the generator; re-checked by a test), so it carries the brands.
    ) as unknown as OrganisationsData,
);
