<?php
// A report builder loads each section's defaults once per request: the keyed guard is on a fixed section name, but the guard set is cleared after every request, so the defaults are appended to the static list again each time.

final class ReportBuilder
{
    private const SECTIONS = ['summary', 'orders', 'refunds'];

    /** @var array<string, true> */
    private array $loaded = [];

    /** @var list<array> */
    private static array $defaults = [];

    public function build(array $request): int
    {
        $size = 0;
        foreach (self::SECTIONS as $section) {
            $size += $this->section($section, $request);
        }
        return $size;
    }

    public function reset(): void
    {
        $this->loaded = [];
    }

    private function section(string $section, array $request): int
    {
        if (isset($this->loaded[$section])) {
            return strlen($request['title']);
        }
        $this->loaded[$section] = true;
        $this->loadDefaults($section);
        return count(self::$defaults) + strlen($request['title']);
    }

    private function loadDefaults(string $section): void
    {
        self::$defaults[] = ['section' => $section, 'columns' => str_repeat("{$section} column ", 12)]; // leak
    }
}

$builder = new ReportBuilder();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $builder->build(['title' => "Report {$i}"]);
    $builder->reset();
}
