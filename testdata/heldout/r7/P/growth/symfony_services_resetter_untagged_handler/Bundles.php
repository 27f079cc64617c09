<?php
// Framework and logging bundles: a services resetter fed by a kernel.reset compiler pass, and a buffering log handler.

interface ResetInterface { public function reset(): void; }

final class ServicesResetter implements ResetInterface
{
    public function __construct(private ContainerBuilder $container, private array $resetMethods) {}

    public function reset(): void
    {
        foreach ($this->resetMethods as $id => $method) { $this->container->get($id)->$method(); }
    }
}

final class ResettableServicePass implements CompilerPassInterface
{
    public function process(ContainerBuilder $container): void
    {
        $methods = array_map(fn (array $tags) => $tags[0]['method'], $container->findTaggedServiceIds('kernel.reset'));
        $container->getDefinition('services_resetter')->setArguments(['@service_container', $methods]);
    }
}

final class BufferHandler implements ResetInterface
{
    private array $records = [];

    public function __construct(private int $flushLevel) {}

    public function handle(string $level, string $message, array $context): void
    {
        $this->records[] = ['datetime' => microtime(true), 'level' => $level, 'message' => $message, 'context' => $context]; // leak
    }

    public function reset(): void { $this->records = []; }
}

final class FrameworkBundle extends Bundle
{
    public function build(ContainerBuilder $container): void
    {
        $container->register('services_resetter', ServicesResetter::class);
        $container->addCompilerPass(new ResettableServicePass());
    }
}

final class MonologBundle extends Bundle
{
    public function build(ContainerBuilder $container): void
    {
        $container->register('monolog.handler.buffer', BufferHandler::class)
            ->setArguments([400]);
    }
}
