// `npm start`: serves the built kit and the demo pages exactly as an outside
// site would load them.
export default {
  rootDir: '.',
  port: Number(process.env.PORT) || 8000,
  hostname: process.env.HOST || '127.0.0.1',
  appIndex: undefined,
  open: false,
  watch: false,
  middleware: [
    function demoIndex(context, next) {
      if (context.url === '/' || context.url === '') context.redirect('/demo/');
      return next();
    },
  ],
};
