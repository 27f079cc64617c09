<?php

namespace Symfony\Component\HttpFoundation;

class JsonResponse extends Response
{
    public const DEFAULT_ENCODING_OPTIONS = \JSON_HEX_TAG | \JSON_HEX_APOS | \JSON_HEX_AMP | \JSON_HEX_QUOT;

    public function __construct(mixed $data = null, int $status = 200, array $headers = [], bool $json = false)
    {
        parent::__construct('', $status, $headers + ['Content-Type' => 'application/json']);
        $this->setContent($json ? $data : json_encode($data ?? new \ArrayObject(), self::DEFAULT_ENCODING_OPTIONS | \JSON_THROW_ON_ERROR));
    }
}
