// Content YAML files import as parsed (not yet validated) data, through yamlContent().
declare module '*.yaml' {
  const data: unknown;
  export default data;
}
