<?php

namespace Illuminate\Http;

class JsonResponse
{
    public string $content;

    public function __construct(mixed $data = null, public int $status = 200, public array $headers = [])
    {
        $this->content = (string) json_encode($data);
    }

    public function header(string $name, string $value): static
    {
        $this->headers[$name] = $value;
        return $this;
    }
}
