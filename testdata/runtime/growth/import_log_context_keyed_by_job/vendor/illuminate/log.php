<?php

// Stand-ins for Laravel's log manager and its facade.

namespace Illuminate\Log {
    class LogManager
    {
        private array $context = [];

        /** @var list<string> */
        private array $lines = [];

        public function withContext(array $context = []): static
        {
            $this->context = array_merge($this->context, $context);

            return $this;
        }

        public function withoutContext(): static
        {
            $this->context = [];

            return $this;
        }

        public function info(string $message, array $extra = []): void
        {
            $this->lines = [count($this->context) . ' ' . $message];
        }
    }
}

namespace Illuminate\Support\Facades {
    use Illuminate\Log\LogManager;

    /**
     * @method static LogManager withContext(array $context = [])
     * @method static void info(string $message, array $extra = [])
     */
    class Log
    {
        private static ?LogManager $root = null;

        public static function __callStatic(string $method, array $args): mixed
        {
            self::$root ??= new LogManager();

            return self::$root->$method(...$args);
        }
    }
}
