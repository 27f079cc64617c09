<?php

declare(strict_types=1);

/*
 * RoadRunner jobs consumer for the video pipeline: every task asks for an
 * adaptive-bitrate ladder for one uploaded asset, builds the ffmpeg command
 * lines and reports the manifest back.
 */

namespace Spiral\RoadRunner\Jobs {
    final class Task
    {
        public function __construct(
            private string $id,
            private string $queue,
            private string $payload,
            private array $headers,
        ) {
        }

        public function getId(): string
        {
            return $this->id;
        }

        public function getQueue(): string
        {
            return $this->queue;
        }

        public function getPayload(): string
        {
            return $this->payload;
        }

        public function getHeaderLine(string $name): string
        {
            return implode(',', $this->headers[$name] ?? []);
        }

        public function complete(): void
        {
        }

        public function fail(\Throwable|string $error, bool $requeue = false): void
        {
        }
    }

    final class Consumer
    {
        private int $served = 0;

        public function __construct(private int $limit)
        {
        }

        public function waitTask(): ?Task
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $n = ++$this->served;
            $payload = json_encode([
                'asset_id' => 910000 + $n,
                'source' => sprintf('s3://media-ingest/uploads/2024/%02d/%s.mov', $n % 12 + 1, bin2hex(random_bytes(8))),
                'duration_ms' => 30000 + ($n * 7919) % 600000,
                'width' => 3840,
                'height' => $n % 3 === 0 ? 1600 : 2160,
                'tenant' => ['acme', 'globex', 'initech'][$n % 3],
            ]);

            return new Task('task-' . $n, 'transcode', $payload, ['attempt' => ['1']]);
        }
    }
}

namespace App\Transcoding {
    final class SourceAsset
    {
        public function __construct(
            public readonly int $id,
            public readonly string $uri,
            public readonly int $durationMs,
            public readonly int $width,
            public readonly int $height,
        ) {
        }

        public static function fromPayload(array $data): self
        {
            return new self($data['asset_id'], $data['source'], $data['duration_ms'], $data['width'], $data['height']);
        }
    }

    final class Rendition
    {
        private ?TranscodeJob $job = null;

        public string $commandLine = '';

        public function __construct(
            public readonly string $profile,
            public readonly int $height,
            public readonly int $videoKbps,
            public readonly int $audioKbps,
        ) {
        }

        public function bindJob(TranscodeJob $job): void
        {
            $this->job = $job; // leak
        }

        public function outputPath(): string
        {
            return sprintf('%s/%s_%dp.mp4', $this->job->outputDir(), $this->profile, $this->height);
        }

        public function width(): int
        {
            $source = $this->job->source;

            return (int) (round($source->width * $this->height / $source->height / 2) * 2);
        }
    }

    /**
     * @implements \IteratorAggregate<string, Rendition>
     */
    final class RenditionLadder implements \IteratorAggregate, \Countable
    {
        /** @var array<string, Rendition> */
        private array $renditions = [];

        public function add(Rendition $rendition, TranscodeJob $job): void
        {
            $rendition->bindJob($job);
            $this->renditions[$rendition->profile] = $rendition; // leak
        }

        public function getIterator(): \ArrayIterator
        {
            return new \ArrayIterator($this->renditions);
        }

        public function count(): int
        {
            return count($this->renditions);
        }
    }

    final class TranscodeJob
    {
        public readonly RenditionLadder $ladder;

        public string $manifest = '';

        public function __construct(
            public readonly string $taskId,
            public readonly SourceAsset $source,
            public readonly string $tenant,
        ) {
            $this->ladder = new RenditionLadder();
        }

        public function outputDir(): string
        {
            return sprintf('s3://media-out/%s/%d', $this->tenant, $this->source->id);
        }
    }

    final class LadderPlanner
    {
        /** @param list<array{0: string, 1: int, 2: int, 3: int}> $profiles */
        public function __construct(private array $profiles)
        {
        }

        public function plan(TranscodeJob $job): void
        {
            foreach ($this->profiles as [$name, $height, $videoKbps, $audioKbps]) {
                if ($height > $job->source->height) {
                    continue;
                }
                $job->ladder->add(new Rendition($name, $height, $videoKbps, $audioKbps), $job);
            }
        }
    }

    final class FfmpegCommandBuilder
    {
        public function __construct(private string $binary, private string $preset)
        {
        }

        public function build(TranscodeJob $job): void
        {
            $lines = [];
            foreach ($job->ladder as $rendition) {
                $rendition->commandLine = sprintf(
                    '%s -y -i %s -vf scale=%d:%d -c:v libx264 -preset %s -b:v %dk -maxrate %dk -bufsize %dk -c:a aac -b:a %dk -movflags +faststart %s',
                    $this->binary,
                    escapeshellarg($job->source->uri),
                    $rendition->width(),
                    $rendition->height,
                    $this->preset,
                    $rendition->videoKbps,
                    (int) ($rendition->videoKbps * 1.07),
                    $rendition->videoKbps * 2,
                    $rendition->audioKbps,
                    escapeshellarg($rendition->outputPath()),
                );
                $lines[] = sprintf('#EXT-X-STREAM-INF:BANDWIDTH=%d,RESOLUTION=%dx%d' . "\n" . '%s',
                    ($rendition->videoKbps + $rendition->audioKbps) * 1000,
                    $rendition->width(),
                    $rendition->height,
                    basename($rendition->outputPath()),
                );
            }
            $job->manifest = "#EXTM3U\n" . implode("\n", $lines);
        }
    }

    final class TranscodeHandler
    {
        public function __construct(
            private LadderPlanner $planner,
            private FfmpegCommandBuilder $commands,
        ) {
        }

        public function handle(\Spiral\RoadRunner\Jobs\Task $task): int
        {
            $data = json_decode($task->getPayload(), true, 512, JSON_THROW_ON_ERROR);
            $job = new TranscodeJob($task->getId(), SourceAsset::fromPayload($data), $data['tenant']);
            $this->planner->plan($job);
            $this->commands->build($job);

            return count($job->ladder);
        }
    }
}

namespace {
    use App\Transcoding\FfmpegCommandBuilder;
    use App\Transcoding\LadderPlanner;
    use App\Transcoding\TranscodeHandler;
    use Spiral\RoadRunner\Jobs\Consumer;

    $handler = new TranscodeHandler(
        new LadderPlanner([
            ['uhd', 2160, 12000, 192],
            ['fhd', 1080, 5000, 128],
            ['hd', 720, 2800, 128],
            ['sd', 480, 1200, 96],
        ]),
        new FfmpegCommandBuilder('/usr/bin/ffmpeg', 'veryfast'),
    );

    $consumer = new Consumer((int) (getenv('PHPLEAK_N') ?: 100));
    while ($task = $consumer->waitTask()) {
        try {
            $handler->handle($task);
            $task->complete();
        } catch (\Throwable $e) {
            $task->fail($e, requeue: true);
        }
    }
}
