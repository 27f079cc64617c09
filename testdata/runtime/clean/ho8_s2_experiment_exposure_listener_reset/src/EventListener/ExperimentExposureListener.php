<?php
namespace App\EventListener;

use App\Experiment\{ExperimentContext, Exposure};
use Symfony\Component\EventDispatcher\Attribute\AsEventListener;
use Symfony\Component\HttpKernel\Event\RequestEvent;
use Symfony\Component\HttpKernel\KernelEvents;

#[AsEventListener(event: KernelEvents::REQUEST, method: 'assignVariants')]
final class ExperimentExposureListener
{
    private const EXPERIMENTS = ['grid_density' => ['compact', 'roomy'], 'price_badge' => ['none', 'savings']];

    public function __construct(private ExperimentContext $context) {}

    public function assignVariants(RequestEvent $event): void
    {
        $visitor = (string) $event->getRequest()->headers->get('cookie');
        foreach (self::EXPERIMENTS as $name => $variants) {
            $variant = $variants[crc32($name . $visitor) % \count($variants)];
            $this->context->expose(new Exposure($name, $variant, $visitor, str_repeat("{$name}={$variant};", 20)));
        }
    }
}
