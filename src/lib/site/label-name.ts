/**
 * A topic's or an area's name where the two may meet (page titles, feed titles): an area says
 * so, as an area and a topic may share a name (Computer Vision, Speech & Audio).
 */
export const distinctLabelName = ({ kind, name }: { kind: 'topic' | 'area'; name: string }): string =>
  kind === 'area' ? `${name} (area)` : name;
