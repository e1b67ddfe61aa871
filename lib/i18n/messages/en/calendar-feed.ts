export const calendarFeed = {
  title: "Calendar subscription",
  description: "Subscribe in Apple Calendar, Outlook or Google Calendar to every written test and interview (past ones too, archived companies left out), refreshed hourly.",
  private: "This link works like a key: anyone who has it sees your schedule. If it leaks, make a new one.",
  hidden: "Your subscription link was made before it could be shown again here. Make a new one to see it; the old link then stops working.",
  rotate: "Make a new link",
  rotateTitle: "Make a new subscription link?",
  rotateDescription: "The old link stops working at once: calendars subscribed to it stop updating and must subscribe to the new one.",
  rotateConfirm: "Yes, make a new link",
  url: "Subscription address",
  copy: "Copy",
  copied: "Subscription address copied",
  subscribe: "Subscribe with a calendar app (webcal://)",
  made: "New subscription link made",
  /** Written into the calendar files themselves. */
  file: { name: "Offerboard schedule", link: "Link", deadline: "Deadline", company: "Company page", cancelled: "Cancelled" },
};
