<?php

declare(strict_types=1);

/*
 * ReactPHP daemon that runs ffmpeg child processes and reports transcode
 * progress. The stderr stream is fed line by line into a coroutine parser.
 */

/** Stand-in for React\EventLoop\LoopInterface (futureTick queue only). */
final class Loop
{
    /** @var SplQueue<Closure> */
    private SplQueue $ticks;

    public function __construct()
    {
        $this->ticks = new SplQueue();
    }

    public function futureTick(Closure $callback): void
    {
        $this->ticks->enqueue($callback);
    }

    public function run(): void
    {
        while (!$this->ticks->isEmpty()) {
            ($this->ticks->dequeue())();
        }
    }
}

/** Stand-in for Evenement\EventEmitter. */
trait EventEmitterTrait
{
    /** @var array<string, list<callable>> */
    private array $listeners = [];

    public function on(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function emit(string $event, array $args = []): void
    {
        foreach ($this->listeners[$event] ?? [] as $listener) {
            $listener(...$args);
        }
    }

    public function removeAllListeners(): void
    {
        $this->listeners = [];
    }
}

/** Stand-in for React\ChildProcess\Process running ffmpeg. */
final class FfmpegProcess
{
    use EventEmitterTrait;

    /** @param list<string> $stderr what ffmpeg will print */
    public function __construct(public readonly string $command, private array $stderr)
    {
    }

    public function start(Loop $loop): void
    {
        foreach ($this->stderr as $line) {
            $loop->futureTick(fn () => $this->emit('data', [$line]));
        }
        $loop->futureTick(function (): void {
            $this->emit('exit', [0]);
            $this->removeAllListeners();
        });
        $this->stderr = [];
    }
}

final class TranscodeTask
{
    public string $state = 'queued';

    public float $percent = 0.0;

    private ?Generator $parser = null;

    public function __construct(
        public readonly string $taskId,
        public readonly string $input,
        public readonly string $output,
        public readonly float $durationSec,
    ) {
    }

    public function feed(string $chunk): void
    {
        $this->parser ??= $this->progressParser();
        $this->parser->send($chunk);
    }

    public function finish(int $exitCode): void
    {
        // end of stderr: let the parser run to its return
        $this->parser?->send(null);
        $this->state = $exitCode === 0 ? 'done' : 'failed';
        $this->percent = $exitCode === 0 ? 100.0 : $this->percent;
    }

    /** Coroutine: receives stderr lines, updates $this->percent. */
    private function progressParser(): Generator
    {
        $this->state = 'running';
        while (true) {
            $line = yield;
            if ($line === null) {
                return;
            }
            if (preg_match('/time=(\d+):(\d{2}):(\d{2}(?:\.\d+)?)/', $line, $m)) {
                $elapsed = $m[1] * 3600 + $m[2] * 60 + (float) $m[3];
                $this->percent = min(99.9, 100 * $elapsed / max(1.0, $this->durationSec));
            }
        }
    }
}

final class TranscodeService
{
    private int $finished = 0;

    private float $lastPercent = 0.0;

    public function __construct(private readonly Loop $loop, private readonly string $preset)
    {
    }

    /** @param array{id: string, input: string, duration: float} $job */
    public function submit(array $job, array $stderr): void
    {
        $output = preg_replace('/\.\w+$/', '.mp4', str_replace('/ingest/', '/renditions/', $job['input']));
        $task = new TranscodeTask($job['id'], $job['input'], $output, $job['duration']);
        $process = new FfmpegProcess(sprintf('ffmpeg -y -i %s %s %s', $job['input'], $this->preset, $output), $stderr);
        $process->on('data', static fn (string $line) => $task->feed($line));
        $process->on('exit', function (int $code) use ($task): void {
            $task->finish($code);
            $this->finished++;
            $this->lastPercent = $task->percent;
        });
        $process->start($this->loop);
    }
}

function fake_ffmpeg_stderr(float $duration, int $seed): array
{
    $lines = [sprintf('Input #0, mov,mp4,m4a,3gp,3g2,mj2, from \'clip_%d.mov\':', $seed)];
    for ($t = 0.0; $t < $duration; $t += $duration / 4) {
        $lines[] = sprintf(
            'frame=%5d fps=%d q=28.0 size=%8dkB time=%02d:%02d:%05.2f bitrate=%6.1fkbits/s speed=%.2fx',
            (int) ($t * 30), 90 + $seed % 40, (int) ($t * 350), intdiv((int) $t, 3600), intdiv((int) $t, 60) % 60, fmod($t, 60), 2800 + $seed % 300, 2.5,
        );
    }

    return $lines;
}

$loop = new Loop();
$service = new TranscodeService($loop, '-c:v libx264 -preset veryfast -crf 23 -c:a aac -b:a 128k -movflags +faststart');
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $duration = 20.0 + $i % 300;
    $job = [
        'id' => sprintf('tc-%s-%05d', date('Ymd'), $i),
        'input' => sprintf('/mnt/media/ingest/%02d/%s.mov', $i % 64, bin2hex(random_bytes(10))),
        'duration' => $duration,
    ];
    $service->submit($job, fake_ffmpeg_stderr($duration, $i));
    $loop->run();
}
