<?php

namespace Symfony\Component\HttpFoundation;

class HeaderBag implements \IteratorAggregate, \Countable
{
    protected array $headers = [];

    public function __construct(array $headers = [])
    {
        foreach ($headers as $key => $values) {
            $this->set($key, $values);
        }
    }

    public function all(?string $key = null): array
    {
        if (null !== $key) {
            return $this->headers[strtr($key, '_ABCDEFGHIJKLMNOPQRSTUVWXYZ', '-abcdefghijklmnopqrstuvwxyz')] ?? [];
        }

        return $this->headers;
    }

    public function get(string $key, ?string $default = null): ?string
    {
        $headers = $this->all($key);

        return $headers[0] ?? $default;
    }

    public function set(string $key, string|array|null $values, bool $replace = true): void
    {
        $key = strtr($key, '_ABCDEFGHIJKLMNOPQRSTUVWXYZ', '-abcdefghijklmnopqrstuvwxyz');
        $values = array_values((array) $values);
        if ($replace || !isset($this->headers[$key])) {
            $this->headers[$key] = $values;
        } else {
            $this->headers[$key] = array_merge($this->headers[$key], $values);
        }
    }

    public function has(string $key): bool
    {
        return \array_key_exists(strtr($key, '_ABCDEFGHIJKLMNOPQRSTUVWXYZ', '-abcdefghijklmnopqrstuvwxyz'), $this->all());
    }

    public function remove(string $key): void
    {
        unset($this->headers[strtr($key, '_ABCDEFGHIJKLMNOPQRSTUVWXYZ', '-abcdefghijklmnopqrstuvwxyz')]);
    }

    public function getIterator(): \ArrayIterator
    {
        return new \ArrayIterator($this->headers);
    }

    public function count(): int
    {
        return \count($this->headers);
    }
}
