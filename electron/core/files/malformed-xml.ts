/** Text that is not XML Terrain reads (broken markup, a DOCTYPE, another encoding); the message says what and where. */
export class MalformedXml extends Error {
  constructor(why: string) {
    super(why)
    this.name = 'MalformedXml'
  }
}
