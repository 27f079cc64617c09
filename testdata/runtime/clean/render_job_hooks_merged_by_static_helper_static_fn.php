<?php
// A print shop renders proof PDFs in a worker loop. Each job takes its
// hooks through a static helper that fills in no-op defaults with
// array_merge and hands the array back to the job's setter. The
// completion hook given is a static arrow function that works on the
// job it is passed: the job keeps no closure that keeps the job.

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
        $this->hooks = $hooks;
    }

    public function run(): string
    {
        $this->setHooks(RenderHooks::withDefaults([
            'onDone' => static fn (RenderJob $job, string $pdf) => $job->keep($pdf),
        ]));
        ($this->hooks['onStart'])($this);
        ($this->hooks['onDone'])($this, '%PDF-1.7 ' . strtoupper($this->artwork));

        return $this->pdf;
    }

    public function keep(string $pdf): void
    {
        $this->pdf = $pdf;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $job = new RenderJob(str_repeat('cmyk ', 120) . $i);
    $job->run();
}
