<?php

namespace App\EventListener;

use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\ExceptionEvent;
use Symfony\Component\HttpKernel\HttpException;

/**
 * Renders HTTP errors as RFC 7807 documents. Only JSON and XML clients get
 * one; the encoder has no CSV support and says so.
 */
final class ProblemJsonListener
{
    public function __construct(private readonly array $formats)
    {
    }

    public function __invoke(ExceptionEvent $event): void
    {
        $e = $event->getThrowable();
        if (!$e instanceof HttpException) {
            return;
        }

        $format = $event->request->getPreferredFormat('json');
        if (!\in_array($format, $this->formats, true)) {
            throw new \UnexpectedValueException(sprintf('Serialization for the format "%s" is not supported.', $format));
        }

        $event->setResponse(new Response(json_encode([
            'type' => 'https://tools.ietf.org/html/rfc2616#section-10',
            'title' => 'An error occurred',
            'status' => $e->getStatusCode(),
            'detail' => $e->getMessage(),
        ]), $e->getStatusCode(), ['content-type' => 'application/problem+' . $format]));
    }
}
