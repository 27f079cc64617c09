<?php
// A print shop renders proof PDFs in a worker loop. Each job takes its
// hooks through a static helper that fills in no-op defaults with
// array_merge and hands the array back to the job's setter. The
// completion hook given is an arrow function written in a method: it
// binds $this, so the job keeps a closure that keeps the job.

final class RenderHooks
{
    /**
     * @param array<string, callable> $overrides
     * @return array<string, callable>
     */
    public static function withDefaults(array $overrides): array
    {
        return array_merge([
            'onStart' => static function (RenderJob $job): void {
            },
            'onDone' => static function (RenderJob $job, string $pdf): void {
            },
        ], $overrides);
    }
}

final class RenderJob
{
    /** @var array<string, callable> */
    private array $hooks = [];
    private ?string $pdf = null;

    public function __construct(public readonly string $artwork)
    {
    }

    /** @param array<string, callable> $hooks */
    public function setHooks(array $hooks): void
    {
        $this->hooks = $hooks; // leak
    }

    public function run(): string
    {
        $this->setHooks(RenderHooks::withDefaults([ // leak
            'onDone' => fn (RenderJob $job, string $pdf) => $this->keep($pdf), // leak
        ]));
        ($this->hooks['onStart'])($this);
        ($this->hooks['onDone'])($this, '%PDF-1.7 ' . strtoupper($this->artwork));

        return $this->pdf;
    }

    private function keep(string $pdf): void
    {
        $this->pdf = $pdf;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new RenderJob(str_repeat('cmyk ', 120) . $i);
    $job->run();
}
