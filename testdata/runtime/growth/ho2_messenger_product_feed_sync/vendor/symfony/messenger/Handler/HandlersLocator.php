<?php

namespace Symfony\Component\Messenger\Handler;

use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Component\Messenger\Envelope;

/**
 * Maps a message class to the handlers able to process it.
 */
class HandlersLocator
{
    /** @var array<class-string, list<array{callable, string}>> */
    private array $handlers = [];

    /**
     * Registers handler services from their #[AsMessageHandler] attribute, as the container compiler pass would.
     */
    public static function fromTaggedServices(object ...$services): self
    {
        $locator = new self();
        foreach ($services as $service) {
            $class = new \ReflectionObject($service);
            foreach ($class->getAttributes(AsMessageHandler::class) as $attribute) {
                $config = $attribute->newInstance();
                $method = $config->method ?? '__invoke';
                $handles = $config->handles ?? $class->getMethod($method)->getParameters()[0]->getType()->getName();
                $locator->handlers[$handles][] = [[$service, $method], $class->getName() . '::' . $method];
            }
        }

        return $locator;
    }

    /**
     * @return iterable<array{callable, string}>
     */
    public function getHandlers(Envelope $envelope): iterable
    {
        return $this->handlers[$envelope->getMessage()::class] ?? [];
    }
}
