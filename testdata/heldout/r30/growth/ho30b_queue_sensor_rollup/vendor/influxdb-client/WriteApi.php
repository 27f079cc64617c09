<?php

namespace InfluxDB2;

final class Point
{
    private array $tags = [];
    private array $fields = [];
    private ?int $time = null;

    public function __construct(private string $measurement)
    {
    }

    public static function measurement(string $name): self
    {
        return new self($name);
    }

    public function addTag(string $key, string $value): self
    {
        $this->tags[$key] = $value;

        return $this;
    }

    public function addField(string $key, float|int|string $value): self
    {
        $this->fields[$key] = $value;

        return $this;
    }

    public function time(int $seconds): self
    {
        $this->time = $seconds;

        return $this;
    }

    public function toLineProtocol(): string
    {
        $tags = '';
        foreach ($this->tags as $k => $v) {
            $tags .= ",$k=$v";
        }
        $fields = [];
        foreach ($this->fields as $k => $v) {
            $fields[] = "$k=$v";
        }

        return $this->measurement . $tags . ' ' . implode(',', $fields) . ' ' . $this->time;
    }
}

final class WriteApi
{
    private int $linesWritten = 0;
    private int $bytesWritten = 0;

    public function __construct(private string $bucket, private string $org)
    {
    }

    /** @param list<Point> $points */
    public function write(array $points): void
    {
        foreach ($points as $point) {
            $this->bytesWritten += strlen($point->toLineProtocol());
            $this->linesWritten++;
        }
    }
}
