<?php
// A multi-tenant backup worker builds an S3 client per tenant; the client's constructor pushes a static middleware closure that captures only the region and SSE values, so the client and its HandlerList form no cycle.
// https://github.com/aws/aws-sdk-php/pull/688

final class Command
{
    public array $headers = [];

    public function __construct(public readonly string $name, public array $args) {}
}

final class HandlerList
{
    private array $build = [];

    public function __construct(private Closure $handler) {}

    public function appendBuild(callable $middleware, string $name): void
    {
        $this->build[$name] = $middleware;
    }

    public function resolve(): callable
    {
        $handler = $this->handler;
        foreach (array_reverse($this->build) as $middleware) {
            $handler = $middleware($handler);
        }
        return $handler;
    }
}

final class S3Client
{
    private HandlerList $handlerList;

    public function __construct(private array $config)
    {
        $this->handlerList = new HandlerList(static fn (Command $command): array => ['@metadata' => ['statusCode' => 200], 'ETag' => md5(json_encode($command->args))]);
        $region = $this->getRegion();
        $sse = $this->config['sse'];
        $this->handlerList->appendBuild(static function (callable $handler) use ($region, $sse): Closure {
            return static function (Command $command) use ($handler, $region, $sse): array {
                $command->headers['Host'] = $command->args['Bucket'] . '.s3.' . $region . '.amazonaws.com';
                $command->headers['x-amz-server-side-encryption'] = $sse;
                return $handler($command);
            };
        }, 's3.bucket_endpoint');
    }

    public function getRegion(): string
    {
        return $this->config['region'];
    }

    public function execute(Command $command): array
    {
        return ($this->handlerList->resolve())($command);
    }
}

final class BackupJob
{
    public int $uploaded = 0;

    public function run(string $tenant, string $dump): void
    {
        $client = new S3Client([
            'region' => 'eu-central-1',
            'version' => '2006-03-01',
            'sse' => 'aws:kms',
            'credentials' => ['key' => 'AKIA' . strtoupper(substr(sha1($tenant), 0, 16)), 'secret' => base64_encode(sha1($tenant . 'secret', true))],
            'endpoint_discovery' => ['enabled' => false, 'cache_limit' => 1000],
            'user_agent' => 'backup-worker/3.2 tenant/' . $tenant,
        ]);
        $result = $client->execute(new Command('PutObject', ['Bucket' => "backups-$tenant", 'Key' => date('Y/m/d', 1700000000) . '/db.sql.gz', 'Body' => $dump]));
        if ($result['@metadata']['statusCode'] === 200) {
            $this->uploaded++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$job = new BackupJob();
for ($i = 0; $i < $n; $i++) {
    $job->run(sprintf('t%05d', $i), base64_encode(str_repeat("INSERT INTO orders VALUES ($i);\n", 20)));
}
