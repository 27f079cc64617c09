<?php

namespace Illuminate\Console;

use Illuminate\Foundation\Application;

class Command
{
    /** @var Application */
    protected $laravel;

    /** @var string */
    protected $signature;

    /** @var string */
    protected $description;

    /** @var array<string, mixed> */
    protected array $input = [];

    public function getName(): string
    {
        return preg_split('/[\s{]+/', trim($this->signature))[0];
    }

    public function setLaravel(Application $laravel): void
    {
        $this->laravel = $laravel;
    }

    public function run(array $input): int
    {
        $this->input = $input;
        return (int) ($this->laravel->call([$this, 'handle']) ?? 0);
    }

    public function argument(string $key): mixed
    {
        return $this->input[$key] ?? null;
    }

    public function option(string $key): mixed
    {
        return $this->input['--' . $key] ?? null;
    }

    public function info(string $string): void
    {
        // Output is discarded by the stand-in.
    }
}
