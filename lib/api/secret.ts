/**
 * A stage secret bound to a function by SST v2 (`new Config.Secret(stack, NAME)`, `bind`), read
 * the way `sst/node/config` reads it, without loading the AWS SDK's SSM client (about 60 ms CPU of
 * the authorizer's cold start, README "Start-up"). SST puts `SST_Secret_value_<NAME>` in the
 * function's environment: the value itself, or `__FETCH_FROM_SSM__`, and then the value is the SSM
 * parameter `<SST_SSM_PREFIX>Secret/<NAME>/value`, or the app-wide fallback
 * `/sst/<app>/.fallback/Secret/<NAME>/value` set with `sst secrets set --fallback`.
 */
import { callJson, jsonApi } from "../aws/json-api";

const FROM_SSM = "__FETCH_FROM_SSM__";

interface GetParametersAnswer {
  Parameters?: { Name?: string; Value?: string }[];
}

/** The value of the stage secret `name`; throws one clear line when it is not bound or not set. */
export async function readStageSecret(name: string): Promise<string> {
  const env = process.env;
  const bound = env[`SST_Secret_value_${name}`];
  if (bound === undefined) throw new Error(`the secret ${name} is not bound to this function (SST_Secret_value_${name} is not set)`);
  if (bound !== FROM_SSM) return bound;

  const region = env.SST_REGION ?? env.AWS_REGION ?? "us-east-1";
  const api = jsonApi({ label: "SSM", service: "ssm", region, targetPrefix: "AmazonSSM", jsonVersion: "1.1" });
  const paths = [`${env.SST_SSM_PREFIX ?? ""}Secret/${name}/value`, `/sst/${env.SST_APP}/.fallback/Secret/${name}/value`];
  for (const path of paths) {
    const answer = (await callJson(api, "GetParameters", { Names: [path], WithDecryption: true })) as GetParametersAnswer;
    const value = answer.Parameters?.find((p) => p.Name === path)?.Value;
    if (value !== undefined) return value;
  }
  throw new Error(`the secret ${name} is not set in stage ${env.SST_STAGE ?? "?"}: npx sst secrets set ${name} <value>`);
}
