<?php
// The feature-flag client is a singleton created once; each evaluation is appended to its exposure log.

final class FeatureFlags
{
    private static ?self $instance = null;
    private array $exposures = [];

    private function __construct(private array $flags) {}

    public static function instance(): self
    {
        return self::$instance ??= new self(['new-checkout' => true, 'dark-mode' => false]);
    }

    public function enabled(string $flag, string $userId): bool
    {
        $value = $this->flags[$flag] ?? false;
        $this->exposures[] = ['flag' => $flag, 'user' => $userId, 'value' => $value, 'ctx' => str_repeat('segment=beta;', 20)]; // leak
        return $value;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    FeatureFlags::instance()->enabled('new-checkout', "user-{$i}");
}
