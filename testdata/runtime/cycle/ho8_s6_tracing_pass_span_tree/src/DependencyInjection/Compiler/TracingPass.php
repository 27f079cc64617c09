<?php
namespace App\DependencyInjection\Compiler;

use App\Tracing\RequestTracer;
use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
use Symfony\Component\DependencyInjection\ContainerBuilder;
use Symfony\Component\HttpKernel\KernelEvents;

final class TracingPass implements CompilerPassInterface
{
    public function process(ContainerBuilder $container): void
    {
        if (!$container->getParameter('tracing.enabled')) {
            return;
        }
        $container->register(RequestTracer::class)
            ->setArgument('serviceName', $container->getParameter('tracing.service_name'))
            ->addTag('kernel.event_listener', ['event' => KernelEvents::REQUEST, 'method' => 'startTrace', 'priority' => 512])
            ->addTag('kernel.event_listener', ['event' => KernelEvents::RESPONSE, 'method' => 'finishTrace', 'priority' => -512]);
    }
}
