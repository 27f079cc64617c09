<?php

namespace LspProtocol;

final class Position
{
    public function __construct(public int $line, public int $character)
    {
    }
}

final class Range
{
    public function __construct(public Position $start, public Position $end)
    {
    }
}

final class Diagnostic
{
    public const SEVERITY_ERROR = 1;
    public const SEVERITY_WARNING = 2;

    public function __construct(
        public Range $range,
        public string $message,
        public int $severity = self::SEVERITY_WARNING,
        public string $source = 'php',
        public ?string $code = null,
    ) {
    }
}

final class Message
{
    public function __construct(public string $method, public array $params, public ?int $id = null)
    {
    }

    public static function decode(string $json): self
    {
        $data = json_decode($json, true, 64, JSON_THROW_ON_ERROR);

        return new self($data['method'], $data['params'] ?? [], $data['id'] ?? null);
    }
}
