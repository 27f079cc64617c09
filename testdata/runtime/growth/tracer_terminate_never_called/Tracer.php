<?php

final class Tracer
{
    use ClearsSpansOnTerminate;

    public function __construct(private string $service) {}

    public function span(string $name, array $attributes): void
    {
        $this->spans[] = ['service' => $this->service, 'name' => $name, 'attributes' => $attributes, 'start' => hrtime(true)]; // leak
    }
}
