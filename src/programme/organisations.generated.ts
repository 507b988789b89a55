// generated from framework-data/organisations.yaml; do not edit; run npm run generate (.ci/generate-programme.ts)
import { deepFreeze } from '../internal/freeze.js';
import { lazy } from '../internal/lazy.js';
import type { OrganisationIndex, OrganisationsData, OrganisationsDataInput } from './schema.js';

/**
 * The regions, ICBs and Cancer Alliances of framework-data/organisations.yaml, validated at build time;
 * made and frozen on first use, so that importing the package does neither.
 */
export const organisationsData = /* @__PURE__ */ lazy(
  (): OrganisationsData =>
    deepFreeze(
      {
        "title": "NHS England regions, Integrated Care Boards and Cancer Alliances",
        "asAt": "2026-12-04",
        "sources": [
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
            "title": "Public code mapping old to new NHS England region codes (a dental-statistics R pipeline and a Django migration; repositories not identified)",
            "note": "No address, so facts resting on it alone are not verified."
          },
          {
            "id": "nhsp-regions-2018",
            "title": "NHS Providers, \"Joint director appointments present opportunity to forge new relationship with frontline trusts\" (11 December 2018)",
            "url": "https://nhsproviders.org/news-blogs/news/joint-director-appointments-present-opportunity-to-forge-new-relationship-with-frontline-trusts",
            "note": "\"The new national and regional directors are expected to formally lead their integrated directorates by April 2019\"; names the seven regional directors."
          },
          {
            "id": "nhs-employer-2019",
            "title": "NHS England and NHS Improvement, employer page on Bright Network (secondary)",
            "url": "https://www.brightnetwork.co.uk/graduate-employer-company/national-health-service/",
            "note": "\"From 1 April 2019, NHS England and NHS Improvement are working together as a new single organisation ... supported by our seven integrated regional teams.\""
          },
          {
            "id": "model-region-blueprint",
            "title": "NHS Providers, \"Model region blueprint sent to NHS leaders\" (9 September 2025)",
            "url": "https://nhsproviders.org/resources/model-region-blueprint-sent-to-nhs-leaders",
            "note": "\"sets out a high-level description of the core functions, activities and enablers for the new DHSC regions from April 2027\"."
          },
          {
            "id": "healthcare-leader-blueprint",
            "title": "Healthcare Leader, \"Core functions of regional teams revealed in model blueprint\" (15 September 2025)",
            "url": "https://healthcareleadernews.com/news/core-functions-of-regional-teams-revealed-in-model-blueprint/",
            "note": "\"the seven regions in England will keep their existing footprints but will have an expanded role\"."
          },
          {
            "id": "nhse-abolition",
            "title": "Brevia, \"NHS England to be abolished\" (March 2025)",
            "url": "https://www.brevia.co.uk/news/health/nhs-england-to-be-abolished",
            "note": "\"The Government announced on 13 March 2025 that NHS England will be abolished\"; the Secretary of State: \"NHSE will be brought into the DHSC entirely over the next two years.\""
          },
          {
            "id": "health-bill-factsheet",
            "title": "GOV.UK, \"Health Bill: role and functions of the restructured DHSC - fact sheet\" (19 May 2026)",
            "url": "https://www.gov.uk/government/publications/health-bill-role-and-functions-of-the-restructured-dhsc-fact-sheet/health-bill-role-and-functions-of-the-restructured-dhsc-fact-sheet",
            "note": "\"The Health Bill ('the bill') provides for the abolition of NHS England and moves its functions either to the Secretary of State (exercised through the restructured DHSC) or the wider system.\""
          },
          {
            "id": "health-bill-committee",
            "title": "Health Bill, Public Bill Committee, sixth sitting (25 June 2026)",
            "url": "https://parallelparliament.co.uk/debate/2026-06-25/commons/public-bill-committees/health-bill-sixth-sitting/ministerial-extracts",
            "note": "The Commons committee stage ran from 18 June 2026; later stages, Royal Assent and commencement were not found."
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
            "id": "nhse-icbs-2022",
            "title": "NHS England, \"Integrated care in your area\"",
            "url": "https://www.england.nhs.uk/integratedcare/integrated-care-in-your-area/",
            "note": "\"NHS England established 42 statutory integrated care boards (ICBs) on 1 July 2022\"; \"The Integrated Care Boards (Establishment) (Variation) Order 2023 makes minor updates ... with effect from 1 April 2023.\""
          },
          {
            "id": "nhse-icb-order-2022",
            "title": "NHS England, \"Integrated care boards in England\"",
            "url": "https://www.england.nhs.uk/publication/integrated-care-boards-in-england/",
            "note": "\"The Integrated Care Boards (Establishment) Order 2022, which legally establishes 42 ICBs with effect from 1 July 2022.\""
          },
          {
            "id": "wms-icb-footprints",
            "title": "Written ministerial statement HCWS915, \"Integrated care boards: running costs and boundary alignment with strategic authorities\" (9 September 2025)",
            "url": "https://parallelparliament.co.uk/debate/2025-09-09/commons/written-statements/integrated-care-boards-running-costs-and-boundary-alignment-with-strategic-authorities/ministerial-extracts",
            "note": "\"I am today announcing the first of these new ICB footprints. These will come into effect on 1 April 2026 and are: Norfolk and Suffolk ICB / Essex ICB / Hampshire and the Isle of Wight ICB / Surrey and Sussex ICB / North West and North Central London ICB / Thames Valley ICB / Cen...\" (the stored copy breaks off there)."
          },
          {
            "id": "nhse-merger-procedure",
            "title": "NHS England, \"Integrated care system boundary changes and mergers procedure\" (23 September 2025)",
            "url": "https://www.england.nhs.uk/publication/integrated-care-system-boundary-changes-and-mergers-procedure",
            "note": "\"This guidance supports implementation of proposed NHS England-led ICB mergers and boundary changes to take effect on 1 April 2026 and 1 April 2027.\""
          },
          {
            "id": "nhse-eoe-changes",
            "title": "NHS England East of England, \"Changes to NHS organisations in the East of England\"",
            "url": "https://www.england.nhs.uk/east-of-england/ccgs-and-acute-trusts",
            "note": "\"From April 2026, these ICBs will become three larger organisations\"."
          },
          {
            "id": "rcpch-icb-history",
            "title": "rcpch/rcpch-nhs-organisations, documentation/docs/developer/icb-history.md (commit 2346f35), built from the NHS ODS API",
            "url": "https://github.com/rcpch/rcpch-nhs-organisations/blob/2346f35eab95398019951698a99cab26da57b749/documentation/docs/developer/icb-history.md",
            "note": "\"The succession date is 2026-04-01 for all 16 events\"; \"16 succession rows, 12 predecessors (3 splitting), 7 successors (6 new + 1 existing)\"; the ODS codes and names of the new ICBs; \"QRL is an existing ICB ... Gains territory from Frimley ... Name unchanged.\""
          },
          {
            "id": "ons-lookup-2026",
            "title": "ONS, \"LSOA (2021) to SICBL to ICB to NHSER to LAD (April 2026) Lookup in EN\"",
            "url": "https://geoportal.statistics.gov.uk/datasets/bebf631bb1ac40cf9ec7dc060897ca99",
            "note": "Effective 1 April 2026 (fields ICB26CD, ICB26CDH, ICB26NM, NHSER26CD...). Its values were not read here."
          },
          {
            "id": "icb26-code-list",
            "title": "Public code repository listing the ONS ICB26 codes with their NHS England regions (NHS_ENGLAND_REGION_ASSIGNMENTS_2026; repository not identified)",
            "note": "No address, so its codes are unverified. Two other public files agree for E54000065 (a Hatfield postcode) and E54000071 (an Islington postcode)."
          },
          {
            "id": "postcodesior-docs",
            "title": "ropensci/PostcodesioR documentation, example output of postcode_lookup(\"EC1Y8LX\")",
            "url": "https://github.com/ropensci/PostcodesioR",
            "note": "An Islington postcode with icb \"E54000071\" and cancer_alliance \"E56000027\" (North Central London) in postcodes.io data of 2026."
          },
          {
            "id": "herts-west-essex-board",
            "title": "Hertfordshire and West Essex ICB, board page",
            "url": "https://www.hertsandwestessex.ics.nhs.uk/about/icb/board",
            "note": "\"three ICBs are coming together to form a new, larger ICB which will be called 'Central East ICB' ... Until 1 April 2026, Hertfordshire and West Essex ICB spans what will become the Central East and Essex areas\"."
          },
          {
            "id": "mse-ics-mergers",
            "title": "Mid and South Essex ICS, news of the East of England ICB mergers",
            "url": "https://www.midandsouthessex.ics.nhs.uk/?p=21872",
            "note": "\"Mid and South Essex ICB will work with North East Essex ... and West Essex\"; \"Norfolk and Waveney ICB will work together with Suffolk\"."
          },
          {
            "id": "healthwatch-brent-merger",
            "title": "Healthwatch Brent, \"North Central London and North West London ICB agree merge\" (12 August 2025)",
            "url": "https://www.healthwatchbrent.co.uk/news/2025-08-12/north-central-london-and-north-west-london-icb-agree-merge",
            "note": "Lists the 13 boroughs of the two ICBs."
          },
          {
            "id": "thames-valley-icb",
            "title": "NHS Thames Valley ICB, \"NHS Frimley\"",
            "url": "https://testing.thamesvalley.icb.nhs.uk/about-us/nhs-frimley",
            "note": "\"Thames Valley Integrated Care Board will be formally established in April 2026 to serve the 2.5 million people who live across Berkshire, Buckinghamshire and Oxfordshire\"."
          },
          {
            "id": "hcm-cluster-plans",
            "title": "Healthcare Management, \"ICBs reveal cluster plans\" (secondary)",
            "url": "https://www.healthcare-management.uk/icbs-reveal-cluster-plans",
            "note": "\"Buckinghamshire, Oxfordshire and Berkshire West expected to merge with the Berkshire East population currently served by Frimley ICB\"; Herefordshire and Worcestershire to cluster with Coventry and Warwickshire."
          },
          {
            "id": "hln-cluster-plans",
            "title": "Healthcare Leader, \"More ICBs announce clustering plans\" (secondary)",
            "url": "https://healthcareleadernews.com/news/more-icbs-announce-clustering-plans/",
            "note": "Derby and Derbyshire, Nottingham and Nottinghamshire and Lincolnshire to cluster."
          },
          {
            "id": "distilled-post-2027",
            "title": "Distilled Post, \"NHS England orders immediate integration of clustered care boards by next April\" (undated in the copy read; secondary)",
            "url": "https://www.distilledpost.com/post/nhs-england-orders-immediate-integration-of-clustered-care-boards-by-next-april",
            "note": "\"NHS England has directed all clustered Integrated Care Boards to formally merge into single entities, with a firm deadline of April 2027.\""
          },
          {
            "id": "hansard-2021-ics",
            "title": "Hansard, written ministerial statement \"Integrated Care Systems\" (22 July 2021)",
            "url": "https://hansard.parliament.uk/commons/2021-07-22/debates/21072214000022/IntegratedCareSystems",
            "note": "Decided the ICS boundaries of 2022, Bassetlaw's move among them."
          },
          {
            "id": "bassetlaw-mp",
            "title": "Brendan Clarke-Smith MP, on Bassetlaw's ICS (secondary)",
            "url": "https://brendanclarkesmith.com/node/667",
            "note": "\"Bassetlaw will become part of the Nottingham & Nottinghamshire Integrated Care System (having previously been a member of the South Yorkshire & Bassetlaw ICS)\"."
          },
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
            "note": "\"The North and South Cancer Alliances were created in 2020\"."
          },
          {
            "id": "eoe-south",
            "title": "East of England Cancer Alliance, South pages",
            "url": "https://www.canceralliance.co.uk/south",
            "note": "\"The South Alliance covers the areas of Bedford, Luton and Milton Keynes, Hertfordshire and West Essex, Mid and South Essex, which all have their respective Integrated Care Systems\"."
          },
          {
            "id": "eoe-summit",
            "title": "East of England Cancer Alliance, \"Cancer summit success drives new vision for excellence in the East of England\" (undated; after 2023)",
            "url": "https://canceralliance.co.uk/news/cancer-summit-success-drives-new-vision-excellence-east-england",
            "note": "\"organised by the East of England Cancer Alliance ... Professor Peter Hoskin, Clinical Director\": one alliance for the region."
          },
          {
            "id": "peninsula-move",
            "title": "Peninsula Cancer Alliance, \"The Peninsula Cancer Alliance has moved organisations\"",
            "url": "https://peninsulacanceralliance.nhs.uk/the-peninsula-cancer-alliance-has-moved-organisations/",
            "note": "\"From April 2024 the Cancer Alliance has moved from NHS England to be hosted by University Hospitals Plymouth NHS Trust ... regularising the position for all 21 cancer alliances\"; it serves \"the population of Devon, Cornwall and the Isles of Scilly\"."
          },
          {
            "id": "ons-cal24",
            "title": "ONS \"Cancer Alliance names and codes EN as at 04_24\" (CAL24), via ideal-postcodes/postcodes.io data/cancer_alliances.json",
            "url": "https://github.com/ideal-postcodes/postcodes.io",
            "note": "20 areas, with one \"East of England\" (E56000035); file data/cancer_alliances.json at commit 2cb312a (December 2025)."
          },
          {
            "id": "ons-cal23-script",
            "title": "Public analysis script reading the ONS \"Cancer_Alliances_July_2023_Boundaries_EN_BFE\" (repository not identified)",
            "note": "CAL23 (July 2023) still has \"East of England - North\" and \"East of England - South\". No address."
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
            "title": "Public trust to cancer alliance (CAL24) to ICB to region lookup (a Streamlit app's code; repository not identified)",
            "note": "Maps trusts, not areas, and has no address, so memberships resting on it alone are unverified."
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
            "note": "\"We are accountable, through NHS England and NHS Improvement's Cancer Programmes in the South East (for Hampshire and Isle of Wight) and South West (for Dorset), to the National Cancer Transformation Board.\""
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
            "id": "lsc-alliance",
            "title": "Healthier Lancashire and South Cumbria, \"Lancashire and South Cumbria Cancer Alliance\"",
            "url": "https://www.healthierlsc.co.uk/priorities/cancer/staff-cancer-alliance",
            "note": "\"The Cancer Alliance in Lancashire and South Cumbria was established in October 2016\"."
          },
          {
            "id": "northern-about",
            "title": "Northern Cancer Alliance, \"About us\"",
            "url": "https://northerncanceralliance.nhs.uk/about-us/",
            "note": "\"The Northern Cancer Alliance covers the North East and North Cumbria geography and is aligned to the North East and North Cumbria (NENC) Integrated Care System (ICS) footprint.\""
          },
          {
            "id": "peninsula-home",
            "title": "Peninsula Cancer Alliance, home pages",
            "url": "https://peninsulacanceralliance.nhs.uk/page/2/",
            "note": "\"The Peninsula Cancer Alliance; working across Devon, Cornwall and the Isles of Scilly, is one of 21 cancer alliances across England\"."
          },
          {
            "id": "wyh-about",
            "title": "West Yorkshire and Harrogate Cancer Alliance, \"About us\"",
            "url": "https://canceralliance.wyhpartnership.co.uk/about-us",
            "note": "\"every week 250 people in West Yorkshire and Harrogate are diagnosed ... Through our work as part of the West Yorkshire Integrated Care Board\"."
          },
          {
            "id": "syb-about",
            "title": "South Yorkshire and Bassetlaw Cancer Alliance, \"How we work across South Yorkshire, Bassetlaw and North Derbyshire\"",
            "url": "https://canceralliancesyb.co.uk/about-us/how-we-work-across-south-yorkshire-bassetlaw-and-north",
            "note": "The alliance's pages speak of cancer care in South Yorkshire and Bassetlaw."
          },
          {
            "id": "syb-name-2018",
            "title": "UK Parliament, written question 123912 (answered 30 January 2018)",
            "url": "https://questions-statements.parliament.uk/written-questions/detail/2018-01-22/123912",
            "note": "Names the alliance \"South Yorkshire, Bassetlaw and North Derbyshire\"."
          },
          {
            "id": "worksop-guardian-2023",
            "title": "Worksop Guardian, \"Bassetlaw cancer alliance needs your opinion on local cancer services\" (23 May 2023; secondary)",
            "url": "https://www.worksopguardian.co.uk/news/people/bassetlaw-cancer-alliance-needs-your-opinion-on-local-cancer-services-4153305",
            "note": "\"the alliance is inviting everyone that lives in South Yorkshire, Bassetlaw and North Derbyshire to complete the survey\"."
          },
          {
            "id": "coastal-west-sussex",
            "title": "NHS Coastal West Sussex CCG, \"Improving cancer outcomes\" (about 2016-17)",
            "url": "https://www.coastalwestsussexccg.nhs.uk/improving-cancer-outcomes",
            "note": "The Surrey and Sussex Cancer Alliance \"sits across three Sustainability and Transformation Partnerships (Frimley Health, Surrey Heartlands, and Sussex & East Surrey)\"."
          },
          {
            "id": "ncl-about",
            "title": "North Central London Cancer Alliance, \"About us\"",
            "url": "https://www.nclcanceralliance.nhs.uk/about-us/",
            "note": "\"We cover the London boroughs of Barnet, Camden, Enfield, Haringey and Islington ... We are hosted by University College London Hospitals NHS Foundation Trust ... On 1 April 2020, NCEL Cancer Alliance reconfigured to form two new Cancer Alliances: North Central London and North East London.\""
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
              "The NHSER21 code stayed in use to NHSER23.",
              "An NHSER26 vintage exists (ONS, April 2026); its codes were not found. No change to the seven regions was found to 4 December 2026.",
              "validFrom: the seven joint NHS England and NHS Improvement regional teams, led by regional directors from April 2019 (inferred from the appointments of December 2018 and the single operating model from 1 April 2019)."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.NHSER26": "not-found",
              "validity": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "onsCodes.NHSER26": [
                "ons-lookup-2026"
              ],
              "validity": [
                "nhsp-regions-2018",
                "nhs-employer-2019"
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
              "The NHSER21 code stayed in use to NHSER23.",
              "An NHSER26 vintage exists (ONS, April 2026); its codes were not found. No change to the seven regions was found to 4 December 2026.",
              "validFrom: the seven joint NHS England and NHS Improvement regional teams, led by regional directors from April 2019 (inferred from the appointments of December 2018 and the single operating model from 1 April 2019)."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.NHSER26": "not-found",
              "validity": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "onsCodes.NHSER26": [
                "ons-lookup-2026"
              ],
              "validity": [
                "nhsp-regions-2018",
                "nhs-employer-2019"
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
              "The NHSER21 code stayed in use to NHSER23.",
              "An NHSER26 vintage exists (ONS, April 2026); its codes were not found. No change to the seven regions was found to 4 December 2026.",
              "validFrom: the seven joint NHS England and NHS Improvement regional teams, led by regional directors from April 2019 (inferred from the appointments of December 2018 and the single operating model from 1 April 2019)."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.NHSER26": "not-found",
              "validity": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-regions"
              ],
              "onsCodes": [
                "rcpch-regions",
                "postcodes-io-regions"
              ],
              "onsCodes.NHSER26": [
                "ons-lookup-2026"
              ],
              "validity": [
                "nhsp-regions-2018",
                "nhs-employer-2019"
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
              "NHSER24 recodes East of England to E40000013; the reason (presumably a boundary change) was not found.",
              "An NHSER26 vintage exists (ONS, April 2026); its codes were not found. No change to the seven regions was found to 4 December 2026.",
              "validFrom: the seven joint NHS England and NHS Improvement regional teams, led by regional directors from April 2019 (inferred from the appointments of December 2018 and the single operating model from 1 April 2019)."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.reason": "not-found",
              "onsCodes.NHSER26": "not-found",
              "validity": "inferred"
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
              "onsCodes.NHSER26": [
                "ons-lookup-2026"
              ],
              "validity": [
                "nhsp-regions-2018",
                "nhs-employer-2019"
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
              "NHSER24 recodes North West to E40000014; the reason (presumably a boundary change) was not found.",
              "An NHSER26 vintage exists (ONS, April 2026); its codes were not found. No change to the seven regions was found to 4 December 2026.",
              "validFrom: the seven joint NHS England and NHS Improvement regional teams, led by regional directors from April 2019 (inferred from the appointments of December 2018 and the single operating model from 1 April 2019)."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.reason": "not-found",
              "onsCodes.NHSER26": "not-found",
              "validity": "inferred"
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
              "onsCodes.NHSER26": [
                "ons-lookup-2026"
              ],
              "validity": [
                "nhsp-regions-2018",
                "nhs-employer-2019"
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
              "E40000008 is the pre-2021 code; labelling its vintage NHSER20 is inferred.",
              "An NHSER26 vintage exists (ONS, April 2026); its codes were not found. No change to the seven regions was found to 4 December 2026.",
              "validFrom: the seven joint NHS England and NHS Improvement regional teams, led by regional directors from April 2019 (inferred from the appointments of December 2018 and the single operating model from 1 April 2019)."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.NHSER20": "inferred",
              "onsCodes.NHSER26": "not-found",
              "validity": "inferred"
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
                "region-code-mappings",
                "rcpch-regions"
              ],
              "onsCodes.NHSER26": [
                "ons-lookup-2026"
              ],
              "validity": [
                "nhsp-regions-2018",
                "nhs-employer-2019"
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
              "E40000009 is the pre-2021 code; labelling its vintage NHSER20 is inferred.",
              "An NHSER26 vintage exists (ONS, April 2026); its codes were not found. No change to the seven regions was found to 4 December 2026.",
              "validFrom: the seven joint NHS England and NHS Improvement regional teams, led by regional directors from April 2019 (inferred from the appointments of December 2018 and the single operating model from 1 April 2019)."
            ],
            "certainty": {
              "name": "verified",
              "onsCodes": "verified",
              "onsCodes.NHSER20": "inferred",
              "onsCodes.NHSER26": "not-found",
              "validity": "inferred"
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
                "region-code-mappings",
                "rcpch-regions"
              ],
              "onsCodes.NHSER26": [
                "ons-lookup-2026"
              ],
              "validity": [
                "nhsp-regions-2018",
                "nhs-employer-2019"
              ]
            }
          }
        ],
        "icbs": [
          {
            "id": "north-east-and-north-cumbria-icb",
            "name": "North East and North Cumbria",
            "regionId": "Y63",
            "odsCodes": [
              {
                "code": "QHM",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000050",
              "ICB26": "E54000050"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "humber-and-north-yorkshire-icb",
            "name": "Humber and North Yorkshire",
            "regionId": "Y63",
            "odsCodes": [
              {
                "code": "QOQ",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000051",
              "ICB26": "E54000051"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "west-yorkshire-icb",
            "name": "West Yorkshire",
            "regionId": "Y63",
            "odsCodes": [
              {
                "code": "QWO",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000054",
              "ICB26": "E54000054"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "south-yorkshire-icb",
            "name": "South Yorkshire",
            "regionId": "Y63",
            "odsCodes": [
              {
                "code": "QF7",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000061",
              "ICB26": "E54000061"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "cheshire-and-merseyside-icb",
            "name": "Cheshire and Merseyside",
            "regionId": "Y62",
            "odsCodes": [
              {
                "code": "QYG",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000008",
              "ICB26": "E54000008"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "greater-manchester-icb",
            "name": "Greater Manchester",
            "regionId": "Y62",
            "odsCodes": [
              {
                "code": "QOP",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000057",
              "ICB26": "E54000057"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "lancashire-and-south-cumbria-icb",
            "name": "Lancashire and South Cumbria",
            "regionId": "Y62",
            "odsCodes": [
              {
                "code": "QE1",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000048",
              "ICB26": "E54000048"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "birmingham-and-solihull-icb",
            "name": "Birmingham and Solihull",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QHL",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000055",
              "ICB26": "E54000055"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "black-country-icb",
            "name": "Black Country",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QUA",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000062",
              "ICB26": "E54000062"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "coventry-and-warwickshire-icb",
            "name": "Coventry and Warwickshire",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QWU",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000018",
              "ICB26": "E54000018"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "herefordshire-and-worcestershire-icb",
            "name": "Herefordshire and Worcestershire",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QGH",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000019",
              "ICB26": "E54000019"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "shropshire-telford-and-wrekin-icb",
            "name": "Shropshire, Telford and Wrekin",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QOC",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000011",
              "ICB26": "E54000011"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "staffordshire-and-stoke-on-trent-icb",
            "name": "Staffordshire and Stoke-on-Trent",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QNC",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000010",
              "ICB26": "E54000010"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "derby-and-derbyshire-icb",
            "name": "Derby and Derbyshire",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QJ2",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000058",
              "ICB26": "E54000058"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "nottingham-and-nottinghamshire-icb",
            "name": "Nottingham and Nottinghamshire",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QT1",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000060",
              "ICB26": "E54000060"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "leicester-leicestershire-and-rutland-icb",
            "name": "Leicester, Leicestershire and Rutland",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QK1",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000015",
              "ICB26": "E54000015"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "lincolnshire-icb",
            "name": "Lincolnshire",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QJM",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000013",
              "ICB26": "E54000013"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "northamptonshire-icb",
            "name": "Northamptonshire",
            "regionId": "Y60",
            "odsCodes": [
              {
                "code": "QPM",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000059",
              "ICB26": "E54000059"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "cambridgeshire-and-peterborough-icb",
            "name": "Cambridgeshire and Peterborough",
            "regionId": "Y61",
            "odsCodes": [
              {
                "code": "QUE",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000056"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "norfolk-and-waveney-icb",
            "name": "Norfolk and Waveney",
            "regionId": "Y61",
            "odsCodes": [
              {
                "code": "QMM",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000022"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "suffolk-and-north-east-essex-icb",
            "name": "Suffolk and North East Essex",
            "regionId": "Y61",
            "odsCodes": [
              {
                "code": "QJG",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000023"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "bedfordshire-luton-and-milton-keynes-icb",
            "name": "Bedfordshire, Luton and Milton Keynes",
            "regionId": "Y61",
            "odsCodes": [
              {
                "code": "QHG",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000024"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "hertfordshire-and-west-essex-icb",
            "name": "Hertfordshire and West Essex",
            "regionId": "Y61",
            "odsCodes": [
              {
                "code": "QM7",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000025"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "mid-and-south-essex-icb",
            "name": "Mid and South Essex",
            "regionId": "Y61",
            "odsCodes": [
              {
                "code": "QH8",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000026"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "north-west-london-icb",
            "name": "North West London",
            "regionId": "Y56",
            "odsCodes": [
              {
                "code": "QRV",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000027"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "north-central-london-icb",
            "name": "North Central London",
            "regionId": "Y56",
            "odsCodes": [
              {
                "code": "QMJ",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000028"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "north-east-london-icb",
            "name": "North East London",
            "regionId": "Y56",
            "odsCodes": [
              {
                "code": "QMF",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000029",
              "ICB26": "E54000029"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "south-east-london-icb",
            "name": "South East London",
            "regionId": "Y56",
            "odsCodes": [
              {
                "code": "QKK",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000030",
              "ICB26": "E54000030"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "south-west-london-icb",
            "name": "South West London",
            "regionId": "Y56",
            "odsCodes": [
              {
                "code": "QWE",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000031",
              "ICB26": "E54000031"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "kent-and-medway-icb",
            "name": "Kent and Medway",
            "regionId": "Y59",
            "odsCodes": [
              {
                "code": "QKS",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000032",
              "ICB26": "E54000032"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "frimley-icb",
            "name": "Frimley",
            "regionId": "Y59",
            "odsCodes": [
              {
                "code": "QNQ",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000034"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "hampshire-and-isle-of-wight-icb",
            "name": "Hampshire and Isle of Wight",
            "regionId": "Y59",
            "odsCodes": [
              {
                "code": "QRL",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000042"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "buckinghamshire-oxfordshire-and-berkshire-west-icb",
            "name": "Buckinghamshire, Oxfordshire and Berkshire West",
            "regionId": "Y59",
            "odsCodes": [
              {
                "code": "QU9",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000044"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "surrey-heartlands-icb",
            "name": "Surrey Heartlands",
            "regionId": "Y59",
            "odsCodes": [
              {
                "code": "QXU",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB22": "E54000052",
              "ICB23": "E54000063"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "The rcpch source's older table gives E54000052 (labelled ICB22 here, an inference); the new ONS code of April 2023 suggests the boundary revision of the ICBs (Establishment) (Variation) Order 2023, whose detail was not found, so no new version is recorded.",
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB22": "inferred",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB22": [
                "rcpch-icbs"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "sussex-icb",
            "name": "Sussex",
            "regionId": "Y59",
            "odsCodes": [
              {
                "code": "QNX",
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31"
              }
            ],
            "onsCodes": {
              "ICB22": "E54000053",
              "ICB23": "E54000064"
            },
            "validFrom": "2022-07-01",
            "validTo": "2026-03-31",
            "predecessors": [],
            "notes": [
              "The rcpch source's older table gives E54000053 (labelled ICB22 here, an inference); the new ONS code of April 2023 suggests the boundary revision of the ICBs (Establishment) (Variation) Order 2023, whose detail was not found, so no new version is recorded.",
              "Closed on 31 March 2026; its area passed to the ICBs of 1 April 2026 that name it as a predecessor."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB22": "inferred",
              "validity": "verified",
              "validity.end": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB22": [
                "rcpch-icbs"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ],
              "validity.end": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "cornwall-and-the-isles-of-scilly-icb",
            "name": "Cornwall and the Isles of Scilly",
            "regionId": "Y58",
            "odsCodes": [
              {
                "code": "QT6",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000036",
              "ICB26": "E54000036"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "devon-icb",
            "name": "Devon",
            "regionId": "Y58",
            "odsCodes": [
              {
                "code": "QJK",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000037",
              "ICB26": "E54000037"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "somerset-icb",
            "name": "Somerset",
            "regionId": "Y58",
            "odsCodes": [
              {
                "code": "QSL",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000038",
              "ICB26": "E54000038"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "bristol-north-somerset-and-south-gloucestershire-icb",
            "name": "Bristol, North Somerset and South Gloucestershire",
            "regionId": "Y58",
            "odsCodes": [
              {
                "code": "QUY",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000039",
              "ICB26": "E54000039"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "bath-and-north-east-somerset-swindon-and-wiltshire-icb",
            "name": "Bath and North East Somerset, Swindon and Wiltshire",
            "regionId": "Y58",
            "odsCodes": [
              {
                "code": "QOX",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000040",
              "ICB26": "E54000040"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "dorset-icb",
            "name": "Dorset",
            "regionId": "Y58",
            "odsCodes": [
              {
                "code": "QVV",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000041",
              "ICB26": "E54000041"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "gloucestershire-icb",
            "name": "Gloucestershire",
            "regionId": "Y58",
            "odsCodes": [
              {
                "code": "QR1",
                "validFrom": "2022-07-01"
              }
            ],
            "onsCodes": {
              "ICB23": "E54000043",
              "ICB26": "E54000043"
            },
            "validFrom": "2022-07-01",
            "predecessors": [],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "verified",
              "onsCodes.ICB26": "unverified",
              "validity": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "odsCodes": [
                "rcpch-icbs"
              ],
              "onsCodes": [
                "rcpch-icbs",
                "postcodes-io-icb"
              ],
              "onsCodes.ICB26": [
                "icb26-code-list"
              ],
              "validity": [
                "nhse-icbs-2022",
                "nhse-icb-order-2022"
              ]
            }
          },
          {
            "id": "central-east-icb",
            "name": "Central East",
            "regionId": "Y61",
            "odsCodes": [
              {
                "code": "S1Y5D",
                "validFrom": "2026-04-01"
              }
            ],
            "onsCodes": {
              "ICB26": "E54000065"
            },
            "validFrom": "2026-04-01",
            "predecessors": [
              {
                "id": "bedfordshire-luton-and-milton-keynes-icb",
                "part": false
              },
              {
                "id": "cambridgeshire-and-peterborough-icb",
                "part": false
              },
              {
                "id": "hertfordshire-and-west-essex-icb",
                "part": true,
                "note": "Hertfordshire."
              }
            ],
            "notes": [
              "The ministerial statement of 9 September 2025 announced it (the stored copy breaks off at \"Cen...\"); NHS England: \"these ICBs will become three larger organisations\"."
            ],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "unverified",
              "validity": "verified",
              "predecessors": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icb-history",
                "herts-west-essex-board"
              ],
              "region": [
                "nhse-eoe-changes"
              ],
              "odsCodes": [
                "rcpch-icb-history"
              ],
              "onsCodes": [
                "icb26-code-list"
              ],
              "validity": [
                "rcpch-icb-history"
              ],
              "predecessors": [
                "rcpch-icb-history",
                "herts-west-essex-board"
              ]
            }
          },
          {
            "id": "essex-icb",
            "name": "Essex",
            "regionId": "Y61",
            "odsCodes": [
              {
                "code": "D7T5G",
                "validFrom": "2026-04-01"
              }
            ],
            "onsCodes": {
              "ICB26": "E54000066"
            },
            "validFrom": "2026-04-01",
            "predecessors": [
              {
                "id": "mid-and-south-essex-icb",
                "part": false
              },
              {
                "id": "hertfordshire-and-west-essex-icb",
                "part": true,
                "note": "West Essex."
              },
              {
                "id": "suffolk-and-north-east-essex-icb",
                "part": true,
                "note": "North East Essex."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "unverified",
              "validity": "verified",
              "predecessors": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icb-history",
                "wms-icb-footprints"
              ],
              "region": [
                "nhse-eoe-changes"
              ],
              "odsCodes": [
                "rcpch-icb-history"
              ],
              "onsCodes": [
                "icb26-code-list"
              ],
              "validity": [
                "rcpch-icb-history"
              ],
              "predecessors": [
                "rcpch-icb-history",
                "mse-ics-mergers"
              ]
            }
          },
          {
            "id": "norfolk-and-suffolk-icb",
            "name": "Norfolk and Suffolk",
            "regionId": "Y61",
            "odsCodes": [
              {
                "code": "T6Y0W",
                "validFrom": "2026-04-01"
              }
            ],
            "onsCodes": {
              "ICB26": "E54000068"
            },
            "validFrom": "2026-04-01",
            "predecessors": [
              {
                "id": "norfolk-and-waveney-icb",
                "part": false
              },
              {
                "id": "suffolk-and-north-east-essex-icb",
                "part": true,
                "note": "Suffolk."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "odsCodes": "verified",
              "onsCodes": "unverified",
              "validity": "verified",
              "predecessors": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icb-history",
                "wms-icb-footprints"
              ],
              "region": [
                "nhse-eoe-changes"
              ],
              "odsCodes": [
                "rcpch-icb-history"
              ],
              "onsCodes": [
                "icb26-code-list"
              ],
              "validity": [
                "rcpch-icb-history"
              ],
              "predecessors": [
                "rcpch-icb-history",
                "mse-ics-mergers"
              ]
            }
          },
          {
            "id": "west-and-north-london-icb",
            "name": "West and North London",
            "regionId": "Y56",
            "odsCodes": [
              {
                "code": "Z9B2Z",
                "validFrom": "2026-04-01"
              }
            ],
            "onsCodes": {
              "ICB26": "E54000071"
            },
            "validFrom": "2026-04-01",
            "predecessors": [
              {
                "id": "north-central-london-icb",
                "part": false
              },
              {
                "id": "north-west-london-icb",
                "part": false
              }
            ],
            "notes": [
              "The ministerial statement of 9 September 2025 called it \"North West and North Central London ICB\"; ODS names it West and North London.",
              "Its 13 boroughs are the five of North Central London (Barnet, Camden, Enfield, Haringey, Islington) and the eight of North West London."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "odsCodes": "verified",
              "onsCodes": "unverified",
              "validity": "verified",
              "predecessors": "verified"
            },
            "sources": {
              "name": [
                "rcpch-icb-history",
                "wms-icb-footprints"
              ],
              "region": [
                "rcpch-icb-history",
                "icb26-code-list"
              ],
              "odsCodes": [
                "rcpch-icb-history"
              ],
              "onsCodes": [
                "icb26-code-list",
                "postcodesior-docs"
              ],
              "validity": [
                "rcpch-icb-history"
              ],
              "predecessors": [
                "rcpch-icb-history",
                "healthwatch-brent-merger"
              ]
            }
          },
          {
            "id": "thames-valley-icb",
            "name": "Thames Valley",
            "regionId": "Y59",
            "odsCodes": [
              {
                "code": "S0E4D",
                "validFrom": "2026-04-01"
              }
            ],
            "onsCodes": {
              "ICB26": "E54000070"
            },
            "validFrom": "2026-04-01",
            "predecessors": [
              {
                "id": "buckinghamshire-oxfordshire-and-berkshire-west-icb",
                "part": false
              },
              {
                "id": "frimley-icb",
                "part": true,
                "note": "East Berkshire (inferred from the ICB's own page and a trade report)."
              }
            ],
            "notes": [
              "\"Thames Valley Integrated Care Board will be formally established in April 2026 to serve the 2.5 million people who live across Berkshire, Buckinghamshire and Oxfordshire.\""
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "odsCodes": "verified",
              "onsCodes": "unverified",
              "validity": "verified",
              "predecessors": "verified",
              "predecessors.parts": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icb-history",
                "wms-icb-footprints"
              ],
              "region": [
                "rcpch-icb-history",
                "icb26-code-list"
              ],
              "odsCodes": [
                "rcpch-icb-history"
              ],
              "onsCodes": [
                "icb26-code-list"
              ],
              "validity": [
                "rcpch-icb-history",
                "thames-valley-icb"
              ],
              "predecessors": [
                "rcpch-icb-history"
              ],
              "predecessors.parts": [
                "thames-valley-icb",
                "hcm-cluster-plans"
              ]
            }
          },
          {
            "id": "surrey-and-sussex-icb",
            "name": "Surrey and Sussex",
            "regionId": "Y59",
            "odsCodes": [
              {
                "code": "S9B9J",
                "validFrom": "2026-04-01"
              }
            ],
            "onsCodes": {
              "ICB26": "E54000069"
            },
            "validFrom": "2026-04-01",
            "predecessors": [
              {
                "id": "surrey-heartlands-icb",
                "part": false
              },
              {
                "id": "sussex-icb",
                "part": false
              },
              {
                "id": "frimley-icb",
                "part": true,
                "note": "The Surrey part of Frimley (Surrey Heath, and probably Farnham): inferred from the names and the three-way split; not found."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "odsCodes": "verified",
              "onsCodes": "unverified",
              "validity": "verified",
              "predecessors": "verified",
              "predecessors.parts": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icb-history",
                "wms-icb-footprints"
              ],
              "region": [
                "rcpch-icb-history",
                "icb26-code-list"
              ],
              "odsCodes": [
                "rcpch-icb-history"
              ],
              "onsCodes": [
                "icb26-code-list"
              ],
              "validity": [
                "rcpch-icb-history"
              ],
              "predecessors": [
                "rcpch-icb-history"
              ],
              "predecessors.parts": [
                "rcpch-icb-history"
              ]
            }
          },
          {
            "id": "hampshire-and-isle-of-wight-icb-2026",
            "name": "Hampshire and Isle of Wight",
            "regionId": "Y59",
            "odsCodes": [
              {
                "code": "QRL",
                "validFrom": "2026-04-01"
              }
            ],
            "onsCodes": {
              "ICB26": "E54000067"
            },
            "validFrom": "2026-04-01",
            "predecessors": [
              {
                "id": "hampshire-and-isle-of-wight-icb",
                "part": false
              },
              {
                "id": "frimley-icb",
                "part": true,
                "note": "North-east Hampshire: inferred from the names and the three-way split; not found."
              }
            ],
            "notes": [
              "The same body and ODS code (QRL) as before, with a larger area, so a new version with its own id; its ONS code changed from E54000042."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "odsCodes": "verified",
              "onsCodes": "unverified",
              "validity": "verified",
              "predecessors": "verified",
              "predecessors.parts": "inferred"
            },
            "sources": {
              "name": [
                "rcpch-icb-history",
                "wms-icb-footprints"
              ],
              "region": [
                "rcpch-icb-history",
                "icb26-code-list"
              ],
              "odsCodes": [
                "rcpch-icb-history"
              ],
              "onsCodes": [
                "icb26-code-list"
              ],
              "validity": [
                "rcpch-icb-history"
              ],
              "predecessors": [
                "rcpch-icb-history"
              ],
              "predecessors.parts": [
                "rcpch-icb-history"
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
            "predecessors": [],
            "members": [
              {
                "icbId": "cheshire-and-merseyside-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "rcpch-icbs",
                  "trust-lookup"
                ],
                "note": "The alliance and the ICB bear the same name (ONS CAL24; ICB23); a public trust lookup (no address) agrees."
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
              "onsCodes.CAL26": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal24",
                "cm-governance"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "validity": [
                "nel-history",
                "cm-governance"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "greater-manchester-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "rcpch-icbs",
                  "trust-lookup"
                ],
                "note": "The alliance and the ICB bear the same name (ONS CAL24; ICB23); a public trust lookup (no address) agrees."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "lancashire-and-south-cumbria-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "rcpch-icbs",
                  "lsc-alliance"
                ],
                "note": "The alliance and the ICB bear the same name (ONS CAL24; ICB23)."
              }
            ],
            "notes": [
              "Established in October 2016 (lsc-alliance)."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "validity": [
                "nel-history",
                "lsc-alliance"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "north-east-and-north-cumbria-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "verified",
                "sources": [
                  "northern-about"
                ],
                "note": "\"aligned to the North East and North Cumbria (NENC) Integrated Care System (ICS) footprint\"."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "humber-and-north-yorkshire-icb",
                "partial": true,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "wyh-about",
                  "trust-lookup"
                ],
                "note": "All of the ICB but the Harrogate area, which is in West Yorkshire and Harrogate."
              }
            ],
            "notes": [
              "Earlier (CAL21) name \"Humber, Coast and Vale\"."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "west-yorkshire-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "verified",
                "sources": [
                  "wyh-about"
                ],
                "note": "\"Through our work as part of the West Yorkshire Integrated Care Board\"."
              },
              {
                "icbId": "humber-and-north-yorkshire-icb",
                "partial": true,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "wyh-about",
                  "trust-lookup"
                ],
                "note": "The Harrogate area only: the alliance serves West Yorkshire and Harrogate, and Harrogate lies in Humber and North Yorkshire ICB (a public trust lookup, no address, puts Harrogate and District NHS FT there)."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "south-yorkshire-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "rcpch-icbs",
                  "syb-about"
                ],
                "note": "The alliance serves South Yorkshire (its name and pages)."
              },
              {
                "icbId": "nottingham-and-nottinghamshire-icb",
                "partial": true,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "syb-about",
                  "hansard-2021-ics",
                  "bassetlaw-mp"
                ],
                "note": "The Bassetlaw area only: the alliance serves Bassetlaw, which has been in Nottingham and Nottinghamshire ICB (Midlands) since 1 July 2022."
              },
              {
                "icbId": "derby-and-derbyshire-icb",
                "partial": true,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "worksop-guardian-2023",
                  "syb-name-2018",
                  "trust-lookup"
                ],
                "note": "North Derbyshire: the alliance invited people in North Derbyshire to its 2023 survey and was named \"South Yorkshire, Bassetlaw and North Derbyshire\" in 2018, but a public trust lookup (no address) puts Chesterfield Royal Hospital in East Midlands. The sources conflict; where the boundary runs was not found."
              }
            ],
            "notes": [
              "Its area crosses a regional boundary: Bassetlaw (and North Derbyshire, if covered) lie in the Midlands region."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "black-country-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "trust-lookup",
                  "midlands-alliances"
                ],
                "note": "A public trust lookup (no address) puts Walsall Healthcare NHS Trust in this alliance."
              },
              {
                "icbId": "coventry-and-warwickshire-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "trust-lookup",
                  "midlands-alliances"
                ],
                "note": "A public trust lookup (no address) maps the ICB's trusts to this alliance."
              },
              {
                "icbId": "staffordshire-and-stoke-on-trent-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "trust-lookup",
                  "midlands-alliances"
                ],
                "note": "A public trust lookup (no address) maps the ICB's trusts to this alliance."
              },
              {
                "icbId": "birmingham-and-solihull-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "midlands-alliances",
                  "background"
                ],
                "note": "Probably a member: the Midlands has two alliances and the ICB is in the West Midlands; no source names it."
              },
              {
                "icbId": "herefordshire-and-worcestershire-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "midlands-alliances",
                  "background"
                ],
                "note": "Probably a member: the Midlands has two alliances and the ICB is in the West Midlands; no source names it."
              },
              {
                "icbId": "shropshire-telford-and-wrekin-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "midlands-alliances",
                  "background"
                ],
                "note": "Probably a member: the Midlands has two alliances and the ICB is in the West Midlands; no source names it."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "midlands-alliances",
                "rcpch-icbs"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "derby-and-derbyshire-icb",
                "partial": true,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "trust-lookup",
                  "midlands-alliances"
                ],
                "note": "All of the ICB but North Derbyshire if South Yorkshire and Bassetlaw covers it (the sources conflict); a public trust lookup (no address) puts Chesterfield Royal Hospital here."
              },
              {
                "icbId": "nottingham-and-nottinghamshire-icb",
                "partial": true,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "midlands-alliances",
                  "syb-about",
                  "hansard-2021-ics"
                ],
                "note": "All of the ICB but the Bassetlaw area, which is in South Yorkshire and Bassetlaw."
              },
              {
                "icbId": "leicester-leicestershire-and-rutland-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "midlands-alliances",
                  "background"
                ],
                "note": "Probably a member: the Midlands has two alliances and the ICB is in the East Midlands; no source names it."
              },
              {
                "icbId": "lincolnshire-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "midlands-alliances",
                  "background"
                ],
                "note": "Probably a member: the Midlands has two alliances and the ICB is in the East Midlands; no source names it."
              },
              {
                "icbId": "northamptonshire-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "midlands-alliances",
                  "background"
                ],
                "note": "Probably a member: the Midlands has two alliances and the ICB is in the East Midlands; no source names it."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "verified",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "midlands-alliances",
                "rcpch-icbs"
              ],
              "validity": [
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "cambridgeshire-and-peterborough-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2024-03-31",
                "certainty": "inferred",
                "sources": [
                  "eoe-public",
                  "eoe-south",
                  "rcpch-icbs"
                ],
                "note": "The East of England ICBs not in the South alliance, whose pages list its three (eoe-south); the North and South alliances were created in 2020 (eoe-public)."
              },
              {
                "icbId": "norfolk-and-waveney-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2024-03-31",
                "certainty": "inferred",
                "sources": [
                  "eoe-public",
                  "eoe-south",
                  "rcpch-icbs"
                ],
                "note": "The East of England ICBs not in the South alliance, whose pages list its three (eoe-south); the North and South alliances were created in 2020 (eoe-public)."
              },
              {
                "icbId": "suffolk-and-north-east-essex-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2024-03-31",
                "certainty": "inferred",
                "sources": [
                  "eoe-public",
                  "eoe-south",
                  "rcpch-icbs"
                ],
                "note": "The East of England ICBs not in the South alliance, whose pages list its three (eoe-south); the North and South alliances were created in 2020 (eoe-public)."
              }
            ],
            "notes": [
              "Its ONS (E56) code was not found.",
              "Ends with 2023/24: ONS CAL23 (July 2023) still has East of England - North and - South; CAL24 (April 2024) has one East of England area, and a 2024-25 summary counts 20 alliances. Sources of April 2024 and later still say \"21\" (Peninsula, April 2024; North Central London, undated). The date and decision of the merger were not found."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "not-found",
              "validity.end": "inferred",
              "validity.merger": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal-boundaries"
              ],
              "region": [
                "eoe-public",
                "rcpch-icbs"
              ],
              "validity": [
                "eoe-public",
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24",
                "ons-cal-boundaries"
              ],
              "validity.end": [
                "ons-cal23-script",
                "ons-cal24",
                "tecowling-planning"
              ],
              "validity.merger": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "bedfordshire-luton-and-milton-keynes-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2024-03-31",
                "certainty": "verified",
                "sources": [
                  "eoe-south"
                ],
                "note": "\"The South Alliance covers the areas of Bedford, Luton and Milton Keynes, Hertfordshire and West Essex, Mid and South Essex\"."
              },
              {
                "icbId": "hertfordshire-and-west-essex-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2024-03-31",
                "certainty": "verified",
                "sources": [
                  "eoe-south"
                ],
                "note": "\"The South Alliance covers the areas of Bedford, Luton and Milton Keynes, Hertfordshire and West Essex, Mid and South Essex\"."
              },
              {
                "icbId": "mid-and-south-essex-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2024-03-31",
                "certainty": "verified",
                "sources": [
                  "eoe-south"
                ],
                "note": "\"The South Alliance covers the areas of Bedford, Luton and Milton Keynes, Hertfordshire and West Essex, Mid and South Essex\"."
              }
            ],
            "notes": [
              "Its ONS (E56) code was not found.",
              "Ends with 2023/24: ONS CAL23 (July 2023) still has East of England - North and - South; CAL24 (April 2024) has one East of England area, and a 2024-25 summary counts 20 alliances. Sources of April 2024 and later still say \"21\" (Peninsula, April 2024; North Central London, undated). The date and decision of the merger were not found."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "not-found",
              "validity.end": "inferred",
              "validity.merger": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal-boundaries"
              ],
              "region": [
                "eoe-south",
                "rcpch-icbs"
              ],
              "validity": [
                "eoe-public",
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24",
                "ons-cal-boundaries"
              ],
              "validity.end": [
                "ons-cal23-script",
                "ons-cal24",
                "tecowling-planning"
              ],
              "validity.merger": []
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
            "predecessors": [
              {
                "id": "east-of-england-north",
                "part": false
              },
              {
                "id": "east-of-england-south",
                "part": false
              }
            ],
            "members": [
              {
                "icbId": "cambridgeshire-and-peterborough-icb",
                "partial": false,
                "validFrom": "2024-04-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "trust-lookup",
                  "eoe-summit"
                ],
                "note": "One East of England area in ONS CAL24 (E56000035), covering the region (inferred from its name and from every East of England trust in a public trust lookup)."
              },
              {
                "icbId": "norfolk-and-waveney-icb",
                "partial": false,
                "validFrom": "2024-04-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "trust-lookup",
                  "eoe-summit"
                ],
                "note": "One East of England area in ONS CAL24 (E56000035), covering the region (inferred from its name and from every East of England trust in a public trust lookup)."
              },
              {
                "icbId": "suffolk-and-north-east-essex-icb",
                "partial": false,
                "validFrom": "2024-04-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "trust-lookup",
                  "eoe-summit"
                ],
                "note": "One East of England area in ONS CAL24 (E56000035), covering the region (inferred from its name and from every East of England trust in a public trust lookup)."
              },
              {
                "icbId": "bedfordshire-luton-and-milton-keynes-icb",
                "partial": false,
                "validFrom": "2024-04-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "trust-lookup",
                  "eoe-summit"
                ],
                "note": "One East of England area in ONS CAL24 (E56000035), covering the region (inferred from its name and from every East of England trust in a public trust lookup)."
              },
              {
                "icbId": "hertfordshire-and-west-essex-icb",
                "partial": false,
                "validFrom": "2024-04-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "trust-lookup",
                  "eoe-summit"
                ],
                "note": "One East of England area in ONS CAL24 (E56000035), covering the region (inferred from its name and from every East of England trust in a public trust lookup)."
              },
              {
                "icbId": "mid-and-south-essex-icb",
                "partial": false,
                "validFrom": "2024-04-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "trust-lookup",
                  "eoe-summit"
                ],
                "note": "One East of England area in ONS CAL24 (E56000035), covering the region (inferred from its name and from every East of England trust in a public trust lookup)."
              },
              {
                "icbId": "central-east-icb",
                "partial": false,
                "validFrom": "2026-04-01",
                "certainty": "inferred",
                "sources": [
                  "nhse-eoe-changes",
                  "rcpch-icb-history",
                  "ons-cal24"
                ],
                "note": "The three ICBs of 1 April 2026 cover the same region (\"these ICBs will become three larger organisations\"). From 1 April 2026 on the assumption that the alliance's area did not change with the ICB mergers (no change was found)."
              },
              {
                "icbId": "essex-icb",
                "partial": false,
                "validFrom": "2026-04-01",
                "certainty": "inferred",
                "sources": [
                  "nhse-eoe-changes",
                  "rcpch-icb-history",
                  "ons-cal24"
                ],
                "note": "The three ICBs of 1 April 2026 cover the same region (\"these ICBs will become three larger organisations\"). From 1 April 2026 on the assumption that the alliance's area did not change with the ICB mergers (no change was found)."
              },
              {
                "icbId": "norfolk-and-suffolk-icb",
                "partial": false,
                "validFrom": "2026-04-01",
                "certainty": "inferred",
                "sources": [
                  "nhse-eoe-changes",
                  "rcpch-icb-history",
                  "ons-cal24"
                ],
                "note": "The three ICBs of 1 April 2026 cover the same region (\"these ICBs will become three larger organisations\"). From 1 April 2026 on the assumption that the alliance's area did not change with the ICB mergers (no change was found)."
              }
            ],
            "notes": [
              "Replaces East of England - North and - South from April 2024 (inferred from the ONS vintages), giving 20 alliances; the date and decision of the merger were not found."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "validity.merger": "not-found",
              "predecessors": "inferred",
              "onsCodes.CAL26": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal24"
              ],
              "region": [
                "ons-cal24",
                "rcpch-icbs"
              ],
              "validity": [
                "ons-cal24",
                "tecowling-planning",
                "eoe-summit"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "validity.merger": [],
              "predecessors": [
                "ons-cal24",
                "ons-cal23-script",
                "eoe-public"
              ],
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "north-central-london-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "ncl-about",
                  "healthwatch-brent-merger"
                ],
                "note": "The alliance covers Barnet, Camden, Enfield, Haringey and Islington, the boroughs of North Central London ICB."
              },
              {
                "icbId": "west-and-north-london-icb",
                "partial": true,
                "validFrom": "2026-04-01",
                "certainty": "inferred",
                "sources": [
                  "ncl-about",
                  "rcpch-icb-history",
                  "postcodesior-docs"
                ],
                "note": "The five North Central London boroughs of the merged ICB. From 1 April 2026 on the assumption that the alliance's area did not change with the ICB mergers (no change was found). An Islington postcode maps to the new ICB and to this alliance's code in postcodes.io data of 2026."
              }
            ],
            "notes": [
              "Hosted by University College London Hospitals NHS FT; formed on 1 April 2020 when NCEL Cancer Alliance split into North Central London and North East London."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "verified",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal24",
                "ncl-about"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "validity": [
                "ncl-about",
                "nel-history"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "north-east-london-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "rcpch-icbs",
                  "nel-history"
                ],
                "note": "The alliance and the ICB bear the same name (ONS CAL24; ICB23)."
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
              "onsCodes.CAL26": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal24",
                "nel-history"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "south-east-london-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "rcpch-icbs",
                  "trust-lookup"
                ],
                "note": "The alliance and the ICB bear the same name (ONS CAL24; ICB23); a public trust lookup (no address) agrees."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "north-west-london-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31",
                "certainty": "unverified",
                "sources": [
                  "trust-lookup",
                  "background"
                ],
                "note": "West London: a public trust lookup (no address) maps trusts of this ICB to the alliance."
              },
              {
                "icbId": "south-west-london-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "unverified",
                "sources": [
                  "trust-lookup",
                  "background"
                ],
                "note": "West London: a public trust lookup (no address) maps trusts of this ICB to the alliance."
              },
              {
                "icbId": "west-and-north-london-icb",
                "partial": true,
                "validFrom": "2026-04-01",
                "certainty": "unverified",
                "sources": [
                  "trust-lookup",
                  "rcpch-icb-history"
                ],
                "note": "The eight former North West London boroughs of the merged ICB. From 1 April 2026 on the assumption that the alliance's area did not change with the ICB mergers (no change was found)."
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
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.older": [
                "postcodes-io-docs"
              ],
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "kent-and-medway-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "ons-cal24",
                  "rcpch-icbs",
                  "trust-lookup"
                ],
                "note": "The alliance and the ICB bear the same name (ONS CAL24; ICB23); a public trust lookup (no address) agrees."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "surrey-heartlands-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "coastal-west-sussex"
                ],
                "note": "The alliance \"sits across three Sustainability and Transformation Partnerships (Frimley Health, Surrey Heartlands, and Sussex & East Surrey)\" (about 2016-17); that these are the ICBs of 2022 is inferred."
              },
              {
                "icbId": "sussex-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "coastal-west-sussex"
                ],
                "note": "The alliance \"sits across three Sustainability and Transformation Partnerships (Frimley Health, Surrey Heartlands, and Sussex & East Surrey)\" (about 2016-17); that these are the ICBs of 2022 is inferred."
              },
              {
                "icbId": "frimley-icb",
                "partial": true,
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31",
                "certainty": "inferred",
                "sources": [
                  "coastal-west-sussex",
                  "trust-lookup"
                ],
                "note": "Part of Frimley: Frimley is one of its three footprints and Thames Valley covers another part; where the line runs was not found."
              },
              {
                "icbId": "surrey-and-sussex-icb",
                "partial": false,
                "validFrom": "2026-04-01",
                "certainty": "unverified",
                "sources": [
                  "rcpch-icb-history",
                  "coastal-west-sussex"
                ],
                "note": "The new ICB joins Surrey Heartlands, Sussex and part of Frimley; that the alliance covers all of it assumes the part of Frimley that passed to the ICB is the part the alliance covered. Not found."
              }
            ],
            "notes": [
              "Hosting by Royal Surrey County Hospital is inferred from its contact address (not recorded as a fact)."
            ],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "buckinghamshire-oxfordshire-and-berkshire-west-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31",
                "certainty": "unverified",
                "sources": [
                  "trust-lookup",
                  "background"
                ],
                "note": "Buckinghamshire, Oxfordshire and Berkshire West: a public trust lookup (no address) maps its trusts here."
              },
              {
                "icbId": "frimley-icb",
                "partial": true,
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31",
                "certainty": "unverified",
                "sources": [
                  "trust-lookup"
                ],
                "note": "A public trust lookup (no address) maps Frimley Health NHS FT here; how Frimley splits between Thames Valley and Surrey and Sussex was not found."
              },
              {
                "icbId": "thames-valley-icb",
                "partial": false,
                "validFrom": "2026-04-01",
                "certainty": "unverified",
                "sources": [
                  "rcpch-icb-history",
                  "thames-valley-icb",
                  "trust-lookup"
                ],
                "note": "The new ICB serves Berkshire, Buckinghamshire and Oxfordshire; that the alliance covers all of it (East Berkshire from Frimley) was not found. From 1 April 2026 on the assumption that the alliance's area did not change with the ICB mergers (no change was found)."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "hampshire-and-isle-of-wight-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "validTo": "2026-03-31",
                "certainty": "verified",
                "sources": [
                  "wessex-governance"
                ],
                "note": "\"Cancer Programmes in the South East (for Hampshire and Isle of Wight) and South West (for Dorset)\"."
              },
              {
                "icbId": "hampshire-and-isle-of-wight-icb-2026",
                "partial": true,
                "validFrom": "2026-04-01",
                "certainty": "inferred",
                "sources": [
                  "wessex-governance",
                  "rcpch-icb-history"
                ],
                "note": "All of the ICB but the part it gained from Frimley on 1 April 2026 (inferred to be north-east Hampshire). Which alliance covers that part was not found: it lay in Frimley ICB, which Thames Valley and Surrey and Sussex covered. From 1 April 2026 on the assumption that the alliance's area did not change with the ICB mergers (no change was found)."
              },
              {
                "icbId": "dorset-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "verified",
                "sources": [
                  "wessex-governance"
                ],
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
              "onsCodes.CAL26": "not-found"
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
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "cornwall-and-the-isles-of-scilly-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "verified",
                "sources": [
                  "peninsula-home",
                  "peninsula-move"
                ],
                "note": "\"working across Devon, Cornwall and the Isles of Scilly\"."
              },
              {
                "icbId": "devon-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "verified",
                "sources": [
                  "peninsula-home",
                  "peninsula-move"
                ],
                "note": "\"working across Devon, Cornwall and the Isles of Scilly\"."
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
              "onsCodes.CAL26": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal24",
                "peninsula-move"
              ],
              "region": [
                "rcpch-icbs"
              ],
              "validity": [
                "nel-history",
                "peninsula-move"
              ],
              "onsCodes": [
                "ons-cal24"
              ],
              "onsCodes.CAL26": []
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
            "predecessors": [],
            "members": [
              {
                "icbId": "somerset-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "swag-about",
                  "ons-cal24"
                ],
                "note": "From the alliance's name: Somerset, Wiltshire, Avon and Gloucestershire."
              },
              {
                "icbId": "bristol-north-somerset-and-south-gloucestershire-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "swag-about",
                  "ons-cal24"
                ],
                "note": "From the alliance's name: Somerset, Wiltshire, Avon and Gloucestershire."
              },
              {
                "icbId": "bath-and-north-east-somerset-swindon-and-wiltshire-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "swag-about",
                  "ons-cal24"
                ],
                "note": "From the alliance's name: Somerset, Wiltshire, Avon and Gloucestershire."
              },
              {
                "icbId": "gloucestershire-icb",
                "partial": false,
                "validFrom": "2022-07-01",
                "certainty": "inferred",
                "sources": [
                  "swag-about",
                  "ons-cal24"
                ],
                "note": "From the alliance's name: Somerset, Wiltshire, Avon and Gloucestershire."
              }
            ],
            "notes": [],
            "certainty": {
              "name": "verified",
              "region": "inferred",
              "validity": "inferred",
              "onsCodes": "verified",
              "onsCodes.CAL26": "not-found"
            },
            "sources": {
              "name": [
                "ons-cal24",
                "swag-about"
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
              "onsCodes.CAL26": []
            }
          }
        ],
        "planned": [
          {
            "id": "icb-mergers-2027",
            "status": "planned",
            "summary": "Further ICB mergers and boundary changes to take effect on 1 April 2027, under NHS England's procedure for the mergers of 2026 and 2027.",
            "expectedFrom": "2027-04-01",
            "affects": [],
            "certainty": "verified",
            "sources": [
              "nhse-merger-procedure"
            ],
            "notes": [
              "That changes are planned for 1 April 2027 is verified; which ICBs merge, the new names, ODS and ONS codes and the legal dates were not found (searched \"ICB mergers 1 April 2027\", \"South East London and South West London ICBs merge April 2027\", \"Secretary of State approved ICB merger 1 April 2027\").",
              "A trade report says NHS England directed all clustered ICBs to merge formally by April 2027 (unverified): see the two clusters below."
            ]
          },
          {
            "id": "icb-cluster-derbyshire-nottinghamshire-lincolnshire",
            "status": "planned",
            "summary": "Derby and Derbyshire, Nottingham and Nottinghamshire and Lincolnshire ICBs, clustered in 2025/26, to merge by April 2027.",
            "expectedFrom": "2027-04-01",
            "affects": [
              "derby-and-derbyshire-icb",
              "nottingham-and-nottinghamshire-icb",
              "lincolnshire-icb"
            ],
            "certainty": "unverified",
            "sources": [
              "hln-cluster-plans",
              "distilled-post-2027"
            ],
            "notes": [
              "The cluster is reported by a trade title; the merger",
              "its name and codes were not found in an NHS or government source."
            ]
          },
          {
            "id": "icb-cluster-herefordshire-worcestershire-coventry-warwickshire",
            "status": "planned",
            "summary": "Herefordshire and Worcestershire and Coventry and Warwickshire ICBs, clustered in 2025/26, to merge by April 2027.",
            "expectedFrom": "2027-04-01",
            "affects": [
              "herefordshire-and-worcestershire-icb",
              "coventry-and-warwickshire-icb"
            ],
            "certainty": "unverified",
            "sources": [
              "hcm-cluster-plans",
              "distilled-post-2027"
            ],
            "notes": [
              "The cluster is reported by a trade title; the merger",
              "its name and codes were not found in an NHS or government source."
            ]
          },
          {
            "id": "dhsc-regions-2027",
            "status": "planned",
            "summary": "The seven NHS England regions become regions of the Department of Health and Social Care from April 2027, keeping their footprints, with performance management among their functions.",
            "expectedFrom": "2027-04-01",
            "affects": [
              "Y56",
              "Y58",
              "Y59",
              "Y60",
              "Y61",
              "Y62",
              "Y63"
            ],
            "certainty": "unverified",
            "sources": [
              "model-region-blueprint",
              "healthcare-leader-blueprint"
            ],
            "notes": [
              "It depends on the Health Bill (clause 1 abolishes NHS England); the bill's Royal Assent and commencement were not found."
            ]
          },
          {
            "id": "nhs-england-abolition",
            "status": "planned",
            "summary": "NHS England is abolished and its functions move to the Secretary of State (the Department of Health and Social Care) or the wider system, under the Health Bill.",
            "expectedFrom": "2027-04-01",
            "affects": [
              "Y56",
              "Y58",
              "Y59",
              "Y60",
              "Y61",
              "Y62",
              "Y63"
            ],
            "certainty": "unverified",
            "sources": [
              "nhse-abolition",
              "health-bill-factsheet",
              "health-bill-committee"
            ],
            "notes": [
              "Announced on 13 March 2025 (\"over the next two years\"); the Health Bill was in Commons committee in June 2026. No date is given: 1 April 2027 is inferred from \"over the next two years\" and \"DHSC regions from April 2027\". On 4 December 2026 NHS England is still a body in law (no Royal Assent found)."
            ]
          }
        ]
      } as const satisfies OrganisationsDataInput,
      // The value is the schema's own output (validated by the generator; re-checked by a test), so it carries the brands.
    ) as unknown as OrganisationsData,
);

/**
 * A slim index of the data: its as-at day and announced changes, the names of the regions and ICB versions, and each
 * alliance's name, hosting region, days in force and the regions of its memberships (with their days). The analyses,
 * reports and governance steps need no more, so a bundle that uses only this leaves the rest of the data (its sources,
 * notes and codes) out.
 */
export const organisationIndex = /* @__PURE__ */ lazy(
  (): OrganisationIndex =>
    deepFreeze({
      asAt: "2026-12-04",
      planned: [{"summary":"Further ICB mergers and boundary changes to take effect on 1 April 2027, under NHS England's procedure for the mergers of 2026 and 2027.","expectedFrom":"2027-04-01","certainty":"verified"},{"summary":"Derby and Derbyshire, Nottingham and Nottinghamshire and Lincolnshire ICBs, clustered in 2025/26, to merge by April 2027.","expectedFrom":"2027-04-01","certainty":"unverified"},{"summary":"Herefordshire and Worcestershire and Coventry and Warwickshire ICBs, clustered in 2025/26, to merge by April 2027.","expectedFrom":"2027-04-01","certainty":"unverified"},{"summary":"The seven NHS England regions become regions of the Department of Health and Social Care from April 2027, keeping their footprints, with performance management among their functions.","expectedFrom":"2027-04-01","certainty":"unverified"},{"summary":"NHS England is abolished and its functions move to the Secretary of State (the Department of Health and Social Care) or the wider system, under the Health Bill.","expectedFrom":"2027-04-01","certainty":"unverified"}],
      regions: {"Y56":"London","Y59":"South East","Y58":"South West","Y61":"East of England","Y62":"North West","Y60":"Midlands","Y63":"North East and Yorkshire"},
      icbs: {"north-east-and-north-cumbria-icb":"North East and North Cumbria","humber-and-north-yorkshire-icb":"Humber and North Yorkshire","west-yorkshire-icb":"West Yorkshire","south-yorkshire-icb":"South Yorkshire","cheshire-and-merseyside-icb":"Cheshire and Merseyside","greater-manchester-icb":"Greater Manchester","lancashire-and-south-cumbria-icb":"Lancashire and South Cumbria","birmingham-and-solihull-icb":"Birmingham and Solihull","black-country-icb":"Black Country","coventry-and-warwickshire-icb":"Coventry and Warwickshire","herefordshire-and-worcestershire-icb":"Herefordshire and Worcestershire","shropshire-telford-and-wrekin-icb":"Shropshire, Telford and Wrekin","staffordshire-and-stoke-on-trent-icb":"Staffordshire and Stoke-on-Trent","derby-and-derbyshire-icb":"Derby and Derbyshire","nottingham-and-nottinghamshire-icb":"Nottingham and Nottinghamshire","leicester-leicestershire-and-rutland-icb":"Leicester, Leicestershire and Rutland","lincolnshire-icb":"Lincolnshire","northamptonshire-icb":"Northamptonshire","cambridgeshire-and-peterborough-icb":"Cambridgeshire and Peterborough","norfolk-and-waveney-icb":"Norfolk and Waveney","suffolk-and-north-east-essex-icb":"Suffolk and North East Essex","bedfordshire-luton-and-milton-keynes-icb":"Bedfordshire, Luton and Milton Keynes","hertfordshire-and-west-essex-icb":"Hertfordshire and West Essex","mid-and-south-essex-icb":"Mid and South Essex","north-west-london-icb":"North West London","north-central-london-icb":"North Central London","north-east-london-icb":"North East London","south-east-london-icb":"South East London","south-west-london-icb":"South West London","kent-and-medway-icb":"Kent and Medway","frimley-icb":"Frimley","hampshire-and-isle-of-wight-icb":"Hampshire and Isle of Wight","buckinghamshire-oxfordshire-and-berkshire-west-icb":"Buckinghamshire, Oxfordshire and Berkshire West","surrey-heartlands-icb":"Surrey Heartlands","sussex-icb":"Sussex","cornwall-and-the-isles-of-scilly-icb":"Cornwall and the Isles of Scilly","devon-icb":"Devon","somerset-icb":"Somerset","bristol-north-somerset-and-south-gloucestershire-icb":"Bristol, North Somerset and South Gloucestershire","bath-and-north-east-somerset-swindon-and-wiltshire-icb":"Bath and North East Somerset, Swindon and Wiltshire","dorset-icb":"Dorset","gloucestershire-icb":"Gloucestershire","central-east-icb":"Central East","essex-icb":"Essex","norfolk-and-suffolk-icb":"Norfolk and Suffolk","west-and-north-london-icb":"West and North London","thames-valley-icb":"Thames Valley","surrey-and-sussex-icb":"Surrey and Sussex","hampshire-and-isle-of-wight-icb-2026":"Hampshire and Isle of Wight"},
      alliances: {"cheshire-and-merseyside":{"name":"Cheshire and Merseyside Cancer Alliance","regionId":"Y62","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y62","validFrom":"2022-07-01","validTo":null}]},"greater-manchester":{"name":"Greater Manchester Cancer Alliance","regionId":"Y62","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y62","validFrom":"2022-07-01","validTo":null}]},"lancashire-and-south-cumbria":{"name":"Lancashire and South Cumbria Cancer Alliance","regionId":"Y62","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y62","validFrom":"2022-07-01","validTo":null}]},"northern":{"name":"Northern Cancer Alliance","regionId":"Y63","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y63","validFrom":"2022-07-01","validTo":null}]},"humber-and-north-yorkshire":{"name":"Humber and North Yorkshire Cancer Alliance","regionId":"Y63","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y63","validFrom":"2022-07-01","validTo":null}]},"west-yorkshire-and-harrogate":{"name":"West Yorkshire and Harrogate Cancer Alliance","regionId":"Y63","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y63","validFrom":"2022-07-01","validTo":null},{"regionId":"Y63","validFrom":"2022-07-01","validTo":null}]},"south-yorkshire-and-bassetlaw":{"name":"South Yorkshire and Bassetlaw Cancer Alliance","regionId":"Y63","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y63","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null}]},"west-midlands":{"name":"West Midlands Cancer Alliance","regionId":"Y60","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null}]},"east-midlands":{"name":"East Midlands Cancer Alliance","regionId":"Y60","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null},{"regionId":"Y60","validFrom":"2022-07-01","validTo":null}]},"east-of-england-north":{"name":"East of England - North Cancer Alliance","regionId":"Y61","validFrom":"2020-04-01","validTo":"2024-03-31","memberRegions":[{"regionId":"Y61","validFrom":"2022-07-01","validTo":"2024-03-31"},{"regionId":"Y61","validFrom":"2022-07-01","validTo":"2024-03-31"},{"regionId":"Y61","validFrom":"2022-07-01","validTo":"2024-03-31"}]},"east-of-england-south":{"name":"East of England - South Cancer Alliance","regionId":"Y61","validFrom":"2020-04-01","validTo":"2024-03-31","memberRegions":[{"regionId":"Y61","validFrom":"2022-07-01","validTo":"2024-03-31"},{"regionId":"Y61","validFrom":"2022-07-01","validTo":"2024-03-31"},{"regionId":"Y61","validFrom":"2022-07-01","validTo":"2024-03-31"}]},"east-of-england":{"name":"East of England Cancer Alliance","regionId":"Y61","validFrom":"2024-04-01","validTo":null,"memberRegions":[{"regionId":"Y61","validFrom":"2024-04-01","validTo":"2026-03-31"},{"regionId":"Y61","validFrom":"2024-04-01","validTo":"2026-03-31"},{"regionId":"Y61","validFrom":"2024-04-01","validTo":"2026-03-31"},{"regionId":"Y61","validFrom":"2024-04-01","validTo":"2026-03-31"},{"regionId":"Y61","validFrom":"2024-04-01","validTo":"2026-03-31"},{"regionId":"Y61","validFrom":"2024-04-01","validTo":"2026-03-31"},{"regionId":"Y61","validFrom":"2026-04-01","validTo":null},{"regionId":"Y61","validFrom":"2026-04-01","validTo":null},{"regionId":"Y61","validFrom":"2026-04-01","validTo":null}]},"north-central-london":{"name":"North Central London Cancer Alliance","regionId":"Y56","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y56","validFrom":"2022-07-01","validTo":"2026-03-31"},{"regionId":"Y56","validFrom":"2026-04-01","validTo":null}]},"north-east-london":{"name":"North East London Cancer Alliance","regionId":"Y56","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y56","validFrom":"2022-07-01","validTo":null}]},"south-east-london":{"name":"South East London Cancer Alliance","regionId":"Y56","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y56","validFrom":"2022-07-01","validTo":null}]},"rm-partners-west-london":{"name":"RM Partners (West London Cancer Alliance)","regionId":"Y56","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y56","validFrom":"2022-07-01","validTo":"2026-03-31"},{"regionId":"Y56","validFrom":"2022-07-01","validTo":null},{"regionId":"Y56","validFrom":"2026-04-01","validTo":null}]},"kent-and-medway":{"name":"Kent and Medway Cancer Alliance","regionId":"Y59","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y59","validFrom":"2022-07-01","validTo":null}]},"surrey-and-sussex":{"name":"Surrey and Sussex Cancer Alliance","regionId":"Y59","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y59","validFrom":"2022-07-01","validTo":"2026-03-31"},{"regionId":"Y59","validFrom":"2022-07-01","validTo":"2026-03-31"},{"regionId":"Y59","validFrom":"2022-07-01","validTo":"2026-03-31"},{"regionId":"Y59","validFrom":"2026-04-01","validTo":null}]},"thames-valley":{"name":"Thames Valley Cancer Alliance","regionId":"Y59","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y59","validFrom":"2022-07-01","validTo":"2026-03-31"},{"regionId":"Y59","validFrom":"2022-07-01","validTo":"2026-03-31"},{"regionId":"Y59","validFrom":"2026-04-01","validTo":null}]},"wessex":{"name":"Wessex Cancer Alliance","regionId":"Y59","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y59","validFrom":"2022-07-01","validTo":"2026-03-31"},{"regionId":"Y59","validFrom":"2026-04-01","validTo":null},{"regionId":"Y58","validFrom":"2022-07-01","validTo":null}]},"peninsula":{"name":"Peninsula Cancer Alliance","regionId":"Y58","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y58","validFrom":"2022-07-01","validTo":null},{"regionId":"Y58","validFrom":"2022-07-01","validTo":null}]},"swag":{"name":"Somerset, Wiltshire, Avon and Gloucestershire (SWAG) Cancer Alliance","regionId":"Y58","validFrom":"2020-04-01","validTo":null,"memberRegions":[{"regionId":"Y58","validFrom":"2022-07-01","validTo":null},{"regionId":"Y58","validFrom":"2022-07-01","validTo":null},{"regionId":"Y58","validFrom":"2022-07-01","validTo":null},{"regionId":"Y58","validFrom":"2022-07-01","validTo":null}]}},
    }),
);
