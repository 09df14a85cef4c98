// Once per app: the kit's elements as typed global components.
import type {} from 'welfare-navigator/vue';
