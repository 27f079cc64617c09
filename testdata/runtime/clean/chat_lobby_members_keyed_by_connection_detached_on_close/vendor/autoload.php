<?php

require_once __DIR__ . '/cboden/ratchet/src/Ratchet.php';
