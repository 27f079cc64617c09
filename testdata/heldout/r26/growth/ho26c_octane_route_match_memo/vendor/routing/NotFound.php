<?php

namespace Routing;

final class NotFound extends \RuntimeException
{
}
