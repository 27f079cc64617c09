<?php
namespace App\Support;

/**
 * Builds the recorders that produce the breadcrumb line written to the audit
 * log for every consumed message: the consumer's header followed by the step.
 */
final class BreadcrumbFactory
{
    public function __construct(private string $hostname, private string $release)
    {
    }

    public function forConsumer(string $transport): \Closure
    {
        $trail = [sprintf('consumer=%s host=%s release=%s', $transport, $this->hostname, $this->release)];

        return static function (string $step, array $context = []) use ($trail): array {
            $trail[] = sprintf('%s %s', $step, json_encode($context, JSON_UNESCAPED_SLASHES));

            return $trail;
        };
    }
}
