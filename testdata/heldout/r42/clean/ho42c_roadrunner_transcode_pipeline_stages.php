<?php

declare(strict_types=1);

/*
 * RoadRunner jobs worker: each task is a transcode request for an uploaded
 * source. A pipeline of stages is built per task by a factory wired at boot.
 */

final class RenditionProfile
{
    public function __construct(
        public readonly string $name,
        public readonly int $height,
        public readonly int $videoKbps,
        public readonly int $audioKbps,
    ) {
    }
}

abstract class PipelineStage
{
    /** @var WeakReference<TranscodePipeline>|null */
    private ?WeakReference $pipeline = null;

    public function setPipeline(TranscodePipeline $pipeline): void
    {
        $this->pipeline = WeakReference::create($pipeline);
    }

    protected function pipeline(): TranscodePipeline
    {
        return $this->pipeline?->get() ?? throw new LogicException(static::class . ' outlived its pipeline');
    }

    abstract public function name(): string;

    /** @param array<string, mixed> $ctx */
    abstract public function process(array $ctx): array;
}

final class ProbeStage extends PipelineStage
{
    public function name(): string
    {
        return 'probe';
    }

    public function process(array $ctx): array
    {
        $ctx['duration'] = 30 + (crc32($this->pipeline()->sourceUri) % 600);
        $ctx['fps'] = 30;
        $this->pipeline()->note(sprintf('probe %s: %ds @%dfps', $this->pipeline()->sourceUri, $ctx['duration'], $ctx['fps']));

        return $ctx;
    }
}

final class ScaleStage extends PipelineStage
{
    public function __construct(private readonly RenditionProfile $profile)
    {
    }

    public function name(): string
    {
        return 'scale-' . $this->profile->name;
    }

    public function process(array $ctx): array
    {
        $args = sprintf(
            '-i %s -vf scale=-2:%d -c:v libx264 -b:v %dk -c:a aac -b:a %dk -g %d %s/%s.mp4',
            $this->pipeline()->sourceUri,
            $this->profile->height,
            $this->profile->videoKbps,
            $this->profile->audioKbps,
            $ctx['fps'] * 2,
            $this->pipeline()->workDir(),
            $this->profile->name,
        );
        $this->pipeline()->note('ffmpeg ' . $args);
        $ctx['renditions'][] = $this->profile->name;

        return $ctx;
    }
}

final class PackageStage extends PipelineStage
{
    public function __construct(private readonly string $format)
    {
    }

    public function name(): string
    {
        return 'package-' . $this->format;
    }

    public function process(array $ctx): array
    {
        $ctx['manifest'] = sprintf('%s/%s/master.m3u8', $this->pipeline()->workDir(), $this->format);
        $this->pipeline()->note('packaged ' . implode(',', $ctx['renditions']) . ' into ' . $ctx['manifest']);

        return $ctx;
    }
}

final class TranscodePipeline
{
    /** @var list<PipelineStage> */
    private array $stages = [];

    /** @var list<string> */
    private array $journal = [];

    public function __construct(
        public readonly string $jobId,
        public readonly string $sourceUri,
    ) {
    }

    public function addStage(PipelineStage $stage): self
    {
        $stage->setPipeline($this);
        $this->stages[] = $stage;

        return $this;
    }

    public function workDir(): string
    {
        return '/scratch/transcode/' . $this->jobId;
    }

    public function note(string $line): void
    {
        $this->journal[] = $line;
    }

    /** @return array<string, mixed> */
    public function run(): array
    {
        $ctx = ['job' => $this->jobId, 'renditions' => []];
        foreach ($this->stages as $stage) {
            $ctx = $stage->process($ctx);
        }

        return $ctx;
    }
}

final class PipelineFactory
{
    /** @param list<RenditionProfile> $ladder */
    public function __construct(private readonly array $ladder)
    {
    }

    /** @param array{job_id: string, source: string} $payload */
    public function forJob(array $payload): TranscodePipeline
    {
        $pipeline = new TranscodePipeline($payload['job_id'], $payload['source']);
        $pipeline->addStage(new ProbeStage());
        foreach ($this->ladder as $profile) {
            $pipeline->addStage(new ScaleStage($profile));
        }

        return $pipeline->addStage(new PackageStage('hls'));
    }
}

/** Stand-in for Spiral\RoadRunner\Jobs\Consumer: tasks arrive over the relay. */
final class JobsConsumer
{
    private int $served = 0;

    public function __construct(private readonly int $limit)
    {
    }

    /** @return array{id: string, queue: string, payload: string}|null */
    public function waitTask(): ?array
    {
        if ($this->served >= $this->limit) {
            return null;
        }
        $this->served++;
        $id = sprintf('%08x-%04x', crc32((string) $this->served), $this->served);

        return [
            'id' => $id,
            'queue' => 'transcode',
            'payload' => json_encode([
                'job_id' => 'tj_' . $id,
                'source' => sprintf('s3://media-ingest/%d/%s.mov', 1000 + $this->served % 97, md5($id)),
            ]),
        ];
    }
}

final class TranscodeJobHandler
{
    private int $completed = 0;

    public function __construct(private readonly PipelineFactory $factory)
    {
    }

    public function handle(array $task): void
    {
        $payload = json_decode($task['payload'], true, 512, JSON_THROW_ON_ERROR);
        $result = $this->factory->forJob($payload)->run();
        if (isset($result['manifest'])) {
            $this->completed++;
        }
    }
}

$ladder = [
    new RenditionProfile('1080p', 1080, 5000, 192),
    new RenditionProfile('720p', 720, 2800, 128),
];
$handler = new TranscodeJobHandler(new PipelineFactory($ladder));
$consumer = new JobsConsumer((int) (getenv('PHPLEAK_N') ?: 100));

while ($task = $consumer->waitTask()) {
    $handler->handle($task);
}
