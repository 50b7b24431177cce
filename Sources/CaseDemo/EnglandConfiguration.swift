/// The England configuration document, `events/config/england-2026.json`, embedded so the demo
/// works from any directory (a test checks the two are the same, byte for byte).
public enum EnglandConfiguration {
    /// The document's text.
    public static let json = #"""
{
  "effectiveFrom": "2026-04-06",
  "summary": "England, charging years 2025-26 and 2026-27. Capital limits and tariff income are the statutory figures (unchanged since 2010). The Minimum Income Guarantee amounts are EXAMPLES for testing and demonstration only, not the amounts in force: take them from the year's Local Authority Circular before relying on them. Review intervals, the free reablement period and complaint time limits follow the Care Act guidance and the 2009 complaints regulations.",
  "reasons": [
    "charging figures for 2026-27, with the 2025-26 table kept for assessments effective before 6 April 2026"
  ],
  "references": [
    "Care and Support (Charging and Assessment of Resources) Regulations 2014: capital limits and tariff income",
    "Care and Support (Charging and Assessment of Resources) Regulations 2014: Minimum Income Guarantee [example figures; check]",
    "Care Act 2014 and its regulations: reablement and intermediate care free for up to 6 weeks",
    "Care and Support Statutory Guidance para 13.32 [check]: review 6-8 weeks after a new or changed plan's service started (due from 6 weeks, late after 8), then at least every 12 months",
    "Care and Support (Charging and Assessment of Resources) Regulations 2014 reg 3(3): a minor adaptation (free) costs £1,000 or less",
    "Care and Support (Direct Payments) Regulations 2014: review within the first 6 months; services a direct payment may not pay for",
    "Local Authority Social Services and National Health Service Complaints (England) Regulations 2009: acknowledge within 3 working days; respond within 6 months; complaints within 12 months",
    "Council contact details (councilContact): EXAMPLE details, not a real council's; the council replaces them with its own and sets confirmed to true [check]"
  ],
  "configuration": {
    "chargingRateTables": [
      {
        "id": "2025-26",
        "validFrom": "2025-04-07",
        "upperCapitalLimit": 2325000,
        "lowerCapitalLimit": 1425000,
        "tariffStep": 25000,
        "weeklyTariffPerStep": 100,
        "tariffCountsPartStep": true,
        "weeklyMinimumIncomeGuarantee": {
          "single-pension-age": 22870,
          "single-25-to-pension-age": 13410
        }
      },
      {
        "id": "2026-27",
        "validFrom": "2026-04-06",
        "upperCapitalLimit": 2325000,
        "lowerCapitalLimit": 1425000,
        "tariffStep": 25000,
        "weeklyTariffPerStep": 100,
        "tariffCountsPartStep": true,
        "weeklyMinimumIncomeGuarantee": {
          "single-pension-age": 23200,
          "single-25-to-pension-age": 13600
        }
      }
    ],
    "reviewIntervals": {
      "newOrChangedPlan": "6 weeks",
      "newDirectPayment": "6 months",
      "routine": "12 months",
      "newOrChangedPlanLate": "8 weeks"
    },
    "reablementFreeDays": 42,
    "minorAdaptationCostLimit": 100000,
    "carersServicesFree": true,
    "directPaymentExcludedServices": [
      "councilProvidedService",
      "nhsService",
      "permanentNursingCare",
      "permanentResidentialCare"
    ],
    "complaintAcknowledgementWorkingDays": 3,
    "complaintResponsePeriod": "6 months",
    "complaintTimeLimit": "12 months",
    "nonWorkingDays": [
      "2025-04-18", "2025-04-21", "2025-05-05", "2025-05-26", "2025-08-25", "2025-12-25", "2025-12-26",
      "2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28",
      "2027-01-01", "2027-03-26", "2027-03-29", "2027-05-03", "2027-05-31", "2027-08-30", "2027-12-27", "2027-12-28"
    ],
    "registerAdministrationRoles": [
      "registerAdministrator",
      "teamManager"
    ],
    "retentionPeriods": {
      "adultCase": {"period": "8 years", "from": "lastContact", "source": "council retention schedules seen: case records 8 years after the end of care or last contact; Records Management Code of Practice for Health and Social Care 2023 [check] the row"},
      "carersCase": {"period": "8 years", "from": "lastContact", "source": "council retention schedules seen: case records 8 years after the end of care or last contact [check]"},
      "initialContact": {"period": "2 years", "from": "lastContact", "source": "council retention schedules seen: initial contacts 2 years [check]"},
      "complaint": {"period": "6 years", "from": "closure", "source": "council retention schedules seen: case closure + 6 years [check]"},
      "safeguarding": {"period": "8 years", "from": "lastContact", "source": "as case records: 8 years after the last contact [check] (some councils keep safeguarding records longer)"}
    },
    "councilContact": {
      "name": "Example Council Adult Social Care",
      "telephone": "0300 123 4567",
      "textphone": "18001 0300 123 4567",
      "email": "adult.social.care@example.gov.uk",
      "address": "Adult Social Care, Example Council, Town Hall, Example Street, EX1 1AA",
      "openingHours": "Monday to Friday, 9am to 5pm",
      "complaints": "complaints@example.gov.uk",
      "confirmed": false
    }
  }
}
"""# + "\n"
}
