<?php

namespace CloudPanel\Hypervisor;

final class HypervisorException extends \RuntimeException
{
}
