<?php

declare(strict_types=1);

namespace Symfony\Component\Messenger {
    final class Envelope
    {
        public function __construct(public readonly object $message, public readonly array $stamps = [])
        {
        }
    }

    /** Stand-in for messenger:consume over an in-memory transport. */
    final class Worker
    {
        /** @param array<class-string, callable> $handlers */
        public function __construct(private readonly \Closure $receiver, private readonly array $handlers)
        {
        }

        public function run(int $limit): void
        {
            for ($i = 0; $i < $limit; $i++) {
                $envelope = ($this->receiver)($i);
                ($this->handlers[$envelope->message::class])($envelope->message);
            }
        }
    }
}

namespace App\Telemetry {

    /** Fire-and-forget DogStatsD client: formats a datagram and writes it to the socket. */
    final class StatsdClient
    {
        public int $datagrams = 0;

        public function __construct(private readonly string $prefix)
        {
        }

        public function increment(string $metric, array $tags): void
        {
            $this->send(sprintf('%s.%s:1|c|#%s', $this->prefix, $metric, implode(',', $tags)));
        }

        public function timing(string $metric, float $ms, array $tags): void
        {
            $this->send(sprintf('%s.%s:%.2f|ms|#%s', $this->prefix, $metric, $ms, implode(',', $tags)));
        }

        private function send(string $datagram): void
        {
            $this->datagrams++;
        }
    }

    final class TagEnricher
    {
        /**
         * Returns a callable that adds the upload's own tags to the service's
         * default tags (env, region, app version) for one upload. The defaults
         * are captured by value: every call starts again from them.
         *
         * @param list<string> $tags
         */
        public static function forUploads(array $tags): \Closure
        {
            $clean = static fn (string $v): string => strtolower(preg_replace('/[^A-Za-z0-9_.\-]+/', '_', $v));

            return function (\App\Wearables\WorkoutUploaded $upload) use ($tags, $clean): array {
                foreach ($upload->tagSource() as $name => $value) {
                    $tags[] = $name . ':' . $clean((string) $value);
                }

                return $tags;
            };
        }
    }
}

namespace App\Wearables {

    use App\Telemetry\StatsdClient;

    final class WorkoutUploaded
    {
        public function __construct(
            public readonly string $uploadId,
            public readonly int $athleteId,
            public readonly string $deviceModel,
            public readonly string $firmware,
            public readonly string $sport,
            public readonly string $fileName,
            /** @var list<int> */
            public readonly array $heartRate,
        ) {
        }

        /** @return array<string, string|int> */
        public function tagSource(): array
        {
            return [
                'upload' => $this->uploadId,
                'athlete' => $this->athleteId,
                'device' => $this->deviceModel,
                'fw' => $this->firmware,
                'sport' => $this->sport,
                'file' => $this->fileName,
                'trace' => hash('sha1', $this->uploadId . '/' . $this->fileName),
                'hr_avg' => intdiv(array_sum($this->heartRate), max(1, count($this->heartRate))),
                'hr_max' => max($this->heartRate ?: [0]),
                'samples' => count($this->heartRate),
                'athlete_bucket' => 'b' . ($this->athleteId % 64),
            ];
        }
    }

    final class WorkoutUploadHandler
    {
        /** @var \Closure(WorkoutUploaded): list<string> */
        private \Closure $tagsFor;

        public function __construct(private readonly StatsdClient $statsd, \Closure $tagsFor)
        {
            $this->tagsFor = $tagsFor;
        }

        public function __invoke(WorkoutUploaded $upload): void
        {
            $started = hrtime(true);
            $zones = $this->zoneMinutes($upload->heartRate, 190);

            $tags = ($this->tagsFor)($upload);
            $this->statsd->increment('workout.uploaded', $tags);
            foreach ($zones as $zone => $minutes) {
                $this->statsd->timing('workout.zone.' . $zone, $minutes, $tags);
            }
            $this->statsd->timing('workout.parse', (hrtime(true) - $started) / 1e6, $tags);
        }

        /** @return array<string, float> */
        private function zoneMinutes(array $bpm, int $maxHr): array
        {
            $zones = ['z1' => 0.0, 'z2' => 0.0, 'z3' => 0.0, 'z4' => 0.0, 'z5' => 0.0];
            foreach ($bpm as $sample) {
                $pct = $sample / $maxHr;
                $zone = match (true) {
                    $pct < 0.6 => 'z1',
                    $pct < 0.7 => 'z2',
                    $pct < 0.8 => 'z3',
                    $pct < 0.9 => 'z4',
                    default => 'z5',
                };
                $zones[$zone] += 1 / 60;
            }

            return $zones;
        }
    }
}

namespace {

    use App\Telemetry\StatsdClient;
    use App\Telemetry\TagEnricher;
    use App\Wearables\WorkoutUploaded;
    use App\Wearables\WorkoutUploadHandler;
    use Symfony\Component\Messenger\Envelope;
    use Symfony\Component\Messenger\Worker;

    function boot_upload_handler(array $config): WorkoutUploadHandler
    {
        $defaultTags = ['env:' . $config['env'], 'region:' . $config['region'], 'version:' . $config['version']];

        return new WorkoutUploadHandler(
            new StatsdClient('wearables'),
            TagEnricher::forUploads($defaultTags),
        );
    }

    $handler = boot_upload_handler(['env' => 'prod', 'region' => 'eu-west-1', 'version' => '4.12.0']);

    $devices = [['Forerunner 965', '19.18'], ['Apple Watch Ultra 2', '10.3.1'], ['Polar Vantage V3', '7.0.12'], ['COROS PACE 3', '3.0411']];
    $sports = ['running', 'cycling', 'pool_swim', 'strength'];

    $worker = new Worker(
        function (int $seq) use ($devices, $sports): Envelope {
            [$model, $fw] = $devices[$seq % 4];
            $hr = [];
            for ($s = 0; $s < 40; $s++) {
                $hr[] = 100 + ($seq * 3 + $s * 7) % 85;
            }

            return new Envelope(new WorkoutUploaded(
                sprintf('%08x-%04x-4%03x-a%03x-%012x', 0x1f00 + $seq, $seq % 65536, $seq % 4096, ($seq * 7) % 4096, 0xabc000 + $seq),
                90210 + $seq % 1200,
                $model,
                $fw,
                $sports[$seq % 4],
                sprintf('activity_%d_%s.fit', 17300000000 + $seq * 61, $sports[$seq % 4]),
                $hr,
            ));
        },
        [WorkoutUploaded::class => $handler],
    );

    $worker->run((int) (getenv('PHPLEAK_N') ?: 100));
}
