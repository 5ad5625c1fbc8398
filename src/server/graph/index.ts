/**
 * The app's one door to Microsoft Graph (and the only importer of graph-client and msal-node):
 * publish to a Teams channel, update the PO's calendar item, create Planner tasks.
 * Works against Graph itself or the local sandbox (`src/sandbox`), chosen by the base URL.
 */
export { createGraphClient, GRAPH_DEFAULTS, type GraphClient, type GraphClientOptions } from './client';
export { forUse, GraphFailure, isOutcomeUncertain, toAppError, type GraphFailureDetails, type GraphUse } from './errors';
export {
  channelMessageWebUrl,
  chatMessageBody,
  findMessageContaining,
  findReplyContaining,
  postChannelMessage,
  postReply,
  uploadToChannelFiles,
  type ChannelFileReference,
  type ChannelMention,
  type ChannelPost,
  type PostedMessage,
  type UploadedFile,
} from './channel';
export {
  attachFile,
  deleteEventAttachment,
  getCalendarEventIdForChat,
  getEventBody,
  listEventAttachments,
  updateEventBody,
  MAX_EVENT_ATTACHMENT_BYTES,
  cancelMeeting,
  createMeeting,
  getJoinUrlForChat,
  moveMeeting,
} from './calendar';
export {
  createPlannerTask,
  findPlannerTask,
  plannerDueDateTime,
  plannerMarker,
  plannerTaskBody,
  plannerTaskTitle,
  MAX_TASK_TITLE_CHARS,
  type NewPlannerTask,
  type PlannerTaskBody,
} from './planner';
export { runBatch, MAX_BATCH_STEPS, type BatchResult, type BatchStep } from './batch';
export { createChannelPacer, sharedChannelPacer, sharedPlannerPacer, systemClock, type ChannelPacer, type Clock } from './pacing';
export {
  createOboTokenProvider,
  createStaticTokenProvider,
  msalToAppError,
  GRAPH_DEFAULT_SCOPES,
  type GraphTokenProvider,
  type OboTokenProviderOptions,
} from './tokens';
export { joinedTeams, searchUsers, teamChannels, teamPlans, MAX_SEARCH_RESULTS, type DirectoryPerson, type TeamRef } from './directory';
export {
  ACTIVITY_TYPES,
  activityBody,
  createAppTokenProvider,
  sendActivityNotification,
  sendActivityNotificationToRecipients,
  type ActivityNotification,
  type ActivityType,
} from './activity';
