<?php

namespace Forms;

final class Container
{
    /** @var array<string, object> */
    private array $instances = [];

    /** @param array<string, \Closure(Container): object> $factories */
    public function __construct(private readonly array $factories)
    {
    }

    public function get(string $id): object
    {
        return $this->instances[$id] ??= ($this->factories[$id])($this);
    }
}

final class FormAudit
{
    /** @var array<string, array<string, string>> */
    private array $entries = [];

    /** @param array<string, string> $submission */
    public function record(array $submission): void
    {
        $this->entries[$submission['respondent'] ?? ''] = $submission;
        if (count($this->entries) > 25) {
            array_shift($this->entries);
        }
    }
}

final class SubmitHandler
{
    public function __construct(private readonly FormAudit $audit)
    {
    }

    /** @param array<string, string> $fields */
    public function __invoke(array $fields): int
    {
        $this->audit->record($fields);

        return 201;
    }
}

final class Kernel
{
    /** @var array<string, callable(array<string, string>): int> */
    private array $routes;

    public function __construct(SubmitHandler $submit)
    {
        $this->routes = ['POST /forms/feedback' => $submit];
    }

    /** @param array<string, string> $fields */
    public function handle(string $method, string $path, array $fields): int
    {
        $handler = $this->routes[$method . ' ' . $path] ?? null;

        return $handler === null ? 404 : $handler($fields);
    }
}
