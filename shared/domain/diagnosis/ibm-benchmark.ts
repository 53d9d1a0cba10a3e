/**
 * IBM Institute for Business Value, "From social media to Social CRM" (2011): % of consumers
 * giving each reason to interact with companies on social sites, and % of executives believing
 * it. Two rows (feel connected, community) are confirmed in several sources; the others come from
 * one transcription of the published chart (method/DIAGNOSIS.md), so it is drawn with that caveat.
 */
export const IBM_2011: Record<string, { consumers: number; executives: number }> = {
  discounts: { consumers: 61, executives: 60 },
  purchase: { consumers: 55, executives: 60 },
  reviews: { consumers: 53, executives: 67 },
  general_info: { consumers: 53, executives: 71 },
  exclusive_info: { consumers: 52, executives: 68 },
  learn_products: { consumers: 51, executives: 73 },
  submit_opinion: { consumers: 49, executives: 69 },
  customer_service: { consumers: 37, executives: 63 },
  events: { consumers: 34, executives: 61 },
  feel_connected: { consumers: 33, executives: 64 },
  submit_ideas: { consumers: 30, executives: 63 },
  community: { consumers: 22, executives: 61 },
}
