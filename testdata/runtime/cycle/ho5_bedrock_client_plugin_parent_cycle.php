<?php
// A Bedrock worker manager creates a fresh Client per job batch and reaches the Jobs plugin through it; the client caches the plugin and the plugin points back at the client.
// https://github.com/Expensify/Bedrock-PHP/pull/13

class Plugin
{
    protected Client $parent;

    public function __construct(Client $parent)
    {
        $this->parent = $parent; // leak
    }
}

final class Jobs extends Plugin
{
    public function getJobs(string $name, int $numResults): array
    {
        $response = $this->parent->call('GetJobs', ['name' => $name, 'numResults' => $numResults]);
        return $response['body']['jobs'];
    }

    public function finishJob(int $jobID): void
    {
        $this->parent->call('FinishJob', ['jobID' => $jobID]);
    }
}

final class Client
{
    private array $plugins = [];
    private string $lastResponse = '';

    public function __construct(private array $config = ['host' => 'bedrock.local', 'port' => 8888]) {}

    public function getPlugin(string $class): Plugin
    {
        return $this->plugins[$class] ??= new $class($this); // leak
    }

    public function call(string $method, array $headers): array
    {
        $request = $method . "\r\n";
        foreach ($headers as $name => $value) {
            $request .= "{$name}: {$value}\r\n";
        }
        $jobs = [];
        if ($method === 'GetJobs') {
            for ($j = 0; $j < $headers['numResults']; $j++) {
                $jobs[] = ['jobID' => random_int(1, PHP_INT_MAX), 'name' => $headers['name'], 'data' => '{"reportID":' . $j . '}'];
            }
        }
        $this->lastResponse = '200 OK' . "\r\n" . json_encode(['jobs' => $jobs]) . str_repeat(' ', 640);
        return ['code' => 200, 'body' => ['jobs' => $jobs]];
    }
}

final class BedrockWorkerManager
{
    public int $finished = 0;

    public function runOnce(string $jobName): void
    {
        $bedrock = new Client();
        $jobs = $bedrock->getPlugin(Jobs::class);
        foreach ($jobs->getJobs($jobName, 4) as $job) {
            $jobs->finishJob($job['jobID']);
            $this->finished++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$manager = new BedrockWorkerManager();
for ($i = 0; $i < $n; $i++) {
    $manager->runOnce('www-prod/ExportReport?' . $i);
}
