<?php
// A Symfony-style kernel builds its container at boot (config tree, compiler pass collecting tagged notifier channels) and then serves notification requests in a loop.

namespace Symfony\Component\Config\Definition\Builder {

    class NodeDefinition
    {
        public mixed $default = null;
        public bool $required = false;
        public ?string $info = null;

        public function __construct(public readonly string $name, public readonly string $type, protected NodeBuilder|ArrayNodeDefinition|null $parent = null)
        {
        }

        public function defaultValue(mixed $value): static
        {
            $this->default = $value;

            return $this;
        }

        public function isRequired(): static
        {
            $this->required = true;

            return $this;
        }

        public function info(string $info): static
        {
            $this->info = $info;

            return $this;
        }

        public function end(): NodeBuilder|ArrayNodeDefinition|null
        {
            return $this->parent;
        }
    }

    class NodeBuilder
    {
        public function __construct(protected ArrayNodeDefinition $node)
        {
        }

        public function scalarNode(string $name): NodeDefinition
        {
            return $this->node->children[$name] = new NodeDefinition($name, 'scalar', $this);
        }

        public function booleanNode(string $name): NodeDefinition
        {
            return $this->node->children[$name] = new NodeDefinition($name, 'boolean', $this);
        }

        public function integerNode(string $name): NodeDefinition
        {
            return $this->node->children[$name] = new NodeDefinition($name, 'integer', $this);
        }

        public function arrayNode(string $name): ArrayNodeDefinition
        {
            return $this->node->children[$name] = new ArrayNodeDefinition($name, 'array', $this);
        }

        public function end(): ArrayNodeDefinition
        {
            return $this->node;
        }
    }

    class ArrayNodeDefinition extends NodeDefinition
    {
        /** @var array<string, NodeDefinition> */
        public array $children = [];
        public ?ArrayNodeDefinition $prototype = null;

        public function children(): NodeBuilder
        {
            return new NodeBuilder($this);
        }

        public function arrayPrototype(): ArrayNodeDefinition
        {
            return $this->prototype = new ArrayNodeDefinition('prototype', 'array', $this);
        }

        /**
         * Merges raw config with defaults (simplified normalisation).
         */
        public function process(array $config): array
        {
            $result = [];
            if (!$this->prototype && !$this->children) {
                return $config;
            }
            if ($this->prototype) {
                foreach ($config as $key => $item) {
                    $result[$key] = $this->prototype->process((array) $item);
                }

                return $result;
            }
            foreach ($this->children as $name => $child) {
                if (\array_key_exists($name, $config)) {
                    $result[$name] = $child instanceof self ? $child->process((array) $config[$name]) : $config[$name];
                } elseif ($child->required) {
                    throw new \InvalidArgumentException(sprintf('The child config "%s" under "%s" must be configured.', $name, $this->name));
                } else {
                    $result[$name] = $child instanceof self ? $child->process([]) : $child->default;
                }
            }

            return $result;
        }
    }

    class TreeBuilder
    {
        private ArrayNodeDefinition $root;

        public function __construct(string $name)
        {
            $this->root = new ArrayNodeDefinition($name, 'array');
        }

        public function getRootNode(): ArrayNodeDefinition
        {
            return $this->root;
        }
    }
}

namespace Symfony\Component\DependencyInjection {

    final class Reference
    {
        public function __construct(public readonly string $id)
        {
        }
    }

    final class Definition
    {
        public array $tags = [];
        public array $methodCalls = [];

        public function __construct(public string $class, public array $arguments = [])
        {
        }

        public function addTag(string $name, array $attributes = []): static
        {
            $this->tags[$name][] = $attributes;

            return $this;
        }

        public function addMethodCall(string $method, array $arguments = []): static
        {
            $this->methodCalls[] = [$method, $arguments];

            return $this;
        }
    }

    class Container
    {
        /** @var array<string, object> */
        protected array $services = [];

        public function get(string $id): object
        {
            return $this->services[$id] ?? throw new \RuntimeException("Service \"{$id}\" not found.");
        }

        public function getParameter(string $name): mixed
        {
            return $this->parameters[$name] ?? null;
        }

        public function __construct(protected array $parameters = [])
        {
        }
    }

    final class ContainerBuilder extends Container
    {
        /** @var array<string, Definition> */
        private array $definitions = [];

        /** @var list<Compiler\CompilerPassInterface> */
        private array $passes = [];

        public function register(string $id, string $class): Definition
        {
            return $this->definitions[$id] = new Definition($class);
        }

        public function hasDefinition(string $id): bool
        {
            return isset($this->definitions[$id]);
        }

        public function getDefinition(string $id): Definition
        {
            return $this->definitions[$id];
        }

        public function setParameter(string $name, mixed $value): void
        {
            $this->parameters[$name] = $value;
        }

        /**
         * @return array<string, list<array>>
         */
        public function findTaggedServiceIds(string $tag): array
        {
            $ids = [];
            foreach ($this->definitions as $id => $definition) {
                if (isset($definition->tags[$tag])) {
                    $ids[$id] = $definition->tags[$tag];
                }
            }

            return $ids;
        }

        public function addCompilerPass(Compiler\CompilerPassInterface $pass): static
        {
            $this->passes[] = $pass;

            return $this;
        }

        public function compile(): Container
        {
            foreach ($this->passes as $pass) {
                $pass->process($this);
            }

            $container = new Container($this->parameters);
            $services = [];
            $resolve = function (mixed $arg) use (&$services, &$resolve): mixed {
                return $arg instanceof Reference ? $this->instantiate($arg->id, $services, $resolve) : $arg;
            };
            foreach (array_keys($this->definitions) as $id) {
                $this->instantiate($id, $services, $resolve);
            }
            (function () use ($services): void {
                $this->services = $services;
            })->call($container);

            return $container;
        }

        private function instantiate(string $id, array &$services, \Closure $resolve): object
        {
            if (isset($services[$id])) {
                return $services[$id];
            }
            $definition = $this->definitions[$id];
            $service = new ($definition->class)(...array_map($resolve, $definition->arguments));
            foreach ($definition->methodCalls as [$method, $arguments]) {
                $service->$method(...array_map($resolve, $arguments));
            }

            return $services[$id] = $service;
        }
    }
}

namespace Symfony\Component\DependencyInjection\Compiler {

    use Symfony\Component\DependencyInjection\ContainerBuilder;

    interface CompilerPassInterface
    {
        public function process(ContainerBuilder $container);
    }
}

namespace App\Notifier {

    interface ChannelInterface
    {
        public function send(string $recipient, string $subject, string $content): string;
    }

    final class EmailChannel implements ChannelInterface
    {
        public function __construct(private string $from)
        {
        }

        public function send(string $recipient, string $subject, string $content): string
        {
            return sprintf("From: %s\r\nTo: %s\r\nSubject: %s\r\n\r\n%s", $this->from, $recipient, $subject, $content);
        }
    }

    final class SmsChannel implements ChannelInterface
    {
        public function __construct(private string $senderId, private int $maxLength)
        {
        }

        public function send(string $recipient, string $subject, string $content): string
        {
            return substr($this->senderId . ': ' . $subject, 0, $this->maxLength);
        }
    }

    final class ChatChannel implements ChannelInterface
    {
        public function __construct(private string $webhook)
        {
        }

        public function send(string $recipient, string $subject, string $content): string
        {
            return json_encode(['webhook' => $this->webhook, 'text' => "*{$subject}*\n{$content}"]);
        }
    }

    final class ChannelRegistry
    {
        /** @var array<string, ChannelInterface> */
        private array $channels = [];

        public function addChannel(string $name, ChannelInterface $channel): void
        {
            $this->channels[$name] = $channel;
        }

        public function get(string $name): ChannelInterface
        {
            return $this->channels[$name] ?? throw new \OutOfBoundsException("Unknown channel {$name}");
        }

        public function names(): array
        {
            return array_keys($this->channels);
        }
    }

    final class Notifier
    {
        public function __construct(private ChannelRegistry $registry, private array $routing)
        {
        }

        public function notify(string $importance, string $recipient, string $subject, string $content): array
        {
            $sent = [];
            foreach ($this->routing[$importance] ?? ['email'] as $channel) {
                $sent[$channel] = \strlen($this->registry->get($channel)->send($recipient, $subject, $content));
            }

            return $sent;
        }
    }
}

namespace App\DependencyInjection {

    use Symfony\Component\Config\Definition\Builder\TreeBuilder;

    final class Configuration
    {
        public function getConfigTreeBuilder(): TreeBuilder
        {
            $treeBuilder = new TreeBuilder('notifier');
            $treeBuilder->getRootNode()
                ->children()
                    ->scalarNode('email_from')->isRequired()->info('Sender address for e-mail notifications')->end()
                    ->arrayNode('sms')
                        ->children()
                            ->scalarNode('sender_id')->defaultValue('ACME')->end()
                            ->integerNode('max_length')->defaultValue(160)->end()
                        ->end()
                    ->end()
                    ->scalarNode('chat_webhook')->defaultValue('https://hooks.example.com/services/T000/B000')->end()
                    ->arrayNode('routing')
                        ->arrayPrototype()->end()
                    ->end()
                ->end();

            return $treeBuilder;
        }
    }

    final class NotifierExtension
    {
        public function load(array $rawConfig, \Symfony\Component\DependencyInjection\ContainerBuilder $container): void
        {
            $config = (new Configuration())->getConfigTreeBuilder()->getRootNode()->process($rawConfig);
            $container->setParameter('notifier.routing', $config['routing']);

            $container->register('notifier.channel.email', \App\Notifier\EmailChannel::class)
                ->addTag('notifier.channel', ['channel' => 'email']);
            $container->getDefinition('notifier.channel.email')->arguments = [$config['email_from']];
            $container->register('notifier.channel.sms', \App\Notifier\SmsChannel::class)
                ->addTag('notifier.channel', ['channel' => 'sms']);
            $container->getDefinition('notifier.channel.sms')->arguments = [$config['sms']['sender_id'], $config['sms']['max_length']];
            $container->register('notifier.channel.chat', \App\Notifier\ChatChannel::class)
                ->addTag('notifier.channel', ['channel' => 'chat']);
            $container->getDefinition('notifier.channel.chat')->arguments = [$config['chat_webhook']];

            $container->register('notifier.channel_registry', \App\Notifier\ChannelRegistry::class);
            $container->register('notifier', \App\Notifier\Notifier::class)->arguments = [
                new \Symfony\Component\DependencyInjection\Reference('notifier.channel_registry'),
                $config['routing'],
            ];
        }
    }
}

namespace App\DependencyInjection\Compiler {

    use Symfony\Component\DependencyInjection\Compiler\CompilerPassInterface;
    use Symfony\Component\DependencyInjection\ContainerBuilder;
    use Symfony\Component\DependencyInjection\Reference;

    /**
     * Collects every service tagged notifier.channel into the channel registry.
     */
    final class RegisterChannelsPass implements CompilerPassInterface
    {
        /** @var list<string> */
        private array $registered = [];

        public function process(ContainerBuilder $container): void
        {
            if (!$container->hasDefinition('notifier.channel_registry')) {
                return;
            }
            $registry = $container->getDefinition('notifier.channel_registry');
            foreach ($container->findTaggedServiceIds('notifier.channel') as $id => $tags) {
                foreach ($tags as $attributes) {
                    $registry->addMethodCall('addChannel', [$attributes['channel'], new Reference($id)]);
                    $this->registered[] = $attributes['channel'];
                }
            }
        }
    }
}

namespace {

    use App\DependencyInjection\Compiler\RegisterChannelsPass;
    use App\DependencyInjection\NotifierExtension;
    use Symfony\Component\DependencyInjection\ContainerBuilder;

    $builder = new ContainerBuilder();
    (new NotifierExtension())->load([
        'email_from' => 'noreply@acme.example',
        'routing' => [
            'urgent' => ['sms', 'chat', 'email'],
            'high' => ['chat', 'email'],
            'medium' => ['email'],
        ],
    ], $builder);
    $builder->addCompilerPass(new RegisterChannelsPass());
    $container = $builder->compile();
    unset($builder);

    $notifier = $container->get('notifier');
    $levels = ['urgent', 'high', 'medium', 'low'];

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $notifier->notify(
            $levels[$i % 4],
            "oncall+{$i}@acme.example",
            sprintf('Disk usage on db-%02d above %d%%', $i % 12, 80 + $i % 20),
            str_repeat('Volume /var/lib/mysql is filling up. ', 5),
        );
    }
}
