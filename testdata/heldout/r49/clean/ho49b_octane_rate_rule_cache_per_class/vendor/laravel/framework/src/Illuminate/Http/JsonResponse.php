<?php
namespace Illuminate\Http;

class JsonResponse
{
    public string $content;

    public function __construct(mixed $data = [], public int $status = 200, public array $headers = [])
    {
        $this->content = json_encode($data, JSON_THROW_ON_ERROR);
    }
}
