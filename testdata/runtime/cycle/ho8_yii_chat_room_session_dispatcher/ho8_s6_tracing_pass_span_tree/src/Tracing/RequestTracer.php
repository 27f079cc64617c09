<?php
namespace App\Tracing;

use Symfony\Component\HttpKernel\Event\{RequestEvent, ResponseEvent};

final class RequestTracer
{
    private int $exportedBytes = 0;

    public function __construct(private string $serviceName) {}

    public function startTrace(RequestEvent $event): void
    {
        $request = $event->getRequest();
        $root = new Span('GET ' . $request->getPathInfo(), ['service' => $this->serviceName, 'traceparent' => $request->headers->get('traceparent'), 'query' => $request->query->all()]);
        $request->attributes->set('_span', $root);
    }

    public function finishTrace(ResponseEvent $event): void
    {
        $root = $event->getRequest()->attributes->get('_span');
        $root->end();
        $this->exportedBytes += \strlen(json_encode($root->export()));
    }
}
