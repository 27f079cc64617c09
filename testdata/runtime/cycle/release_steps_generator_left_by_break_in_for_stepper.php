<?php
// A deployment worker runs each release through a pipeline of steps kept
// as a generator over the release ($this->steps = $this->plan()). The
// worker walks it with for ($step = $release->begin(); $step !== null;
// $step = $release->advance()), but stops after the push when the
// release needs no migration: those generators stay suspended, holding
// the release that holds them (a garbage cycle per such release).

final class Release
{
    private ?Generator $steps = null;

    /** @var list<string> */
    private array $log = [];

    public function __construct(public readonly string $tag, private bool $migrate)
    {
    }

    public function begin(): ?string
    {
        $this->steps = $this->plan(); // leak
        return $this->steps->current();
    }

    public function advance(): ?string
    {
        $this->steps->next();
        return $this->steps->valid() ? $this->steps->current() : null;
    }

    private function plan(): Generator
    {
        $this->log[] = 'build ' . $this->tag . str_repeat(' artifact', 20);
        yield 'build';
        $this->log[] = 'push ' . $this->tag;
        yield 'push';
        if ($this->migrate) {
            $this->log[] = 'migrate ' . $this->tag;
            yield 'migrate';
        }
        $this->log[] = 'switch ' . $this->tag;
        yield 'switch';
    }
}

final class Deployer
{
    public int $steps = 0;

    public function deploy(array $job): void
    {
        $release = new Release($job['tag'], $job['migrate']);
        for ($step = $release->begin(); $step !== null; $step = $release->advance()) {
            $this->steps++;
            if ($step === 'push' && !$job['migrate']) {
                break;
            }
        }
    }
}

$deployer = new Deployer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $deployer->deploy(json_decode(json_encode(['tag' => sprintf('v1.%d.%d', intdiv($i, 10), $i % 10), 'migrate' => $i % 3 === 0]), true));
}
